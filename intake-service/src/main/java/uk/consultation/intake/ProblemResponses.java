package uk.consultation.intake;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import uk.consultation.intake.kafka.KafkaUnavailableException;
import uk.consultation.intake.receive.InvalidSubmissionException;
import uk.consultation.intake.receive.UnknownConsultationException;

/** RFC 9457 problem details for intake's own failures; Spring MVC's own (e.g. unreadable JSON) are enabled in config. */
@RestControllerAdvice
class ProblemResponses {

    @ExceptionHandler
    ProblemDetail unknownConsultation(UnknownConsultationException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Unknown consultation");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail invalidSubmission(InvalidSubmissionException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                e.errors().stream().map(error -> error.field() + ": " + error.message())
                        .reduce((a, b) -> a + "; " + b).orElse(e.getMessage()));
        problem.setTitle("The response cannot be accepted as it is");
        problem.setProperty("errors", e.errors());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail bodyTooLarge(JsonBodyLimit.BodyTooLargeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
        problem.setTitle("Request too large");
        return problem;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> kafkaUnavailable(KafkaUnavailableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The response could not be stored just now and has not been received. Please try again shortly.");
        problem.setTitle("Temporarily unable to receive responses");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, KafkaUnavailableException.RETRY_AFTER_SECONDS)
                .body(problem);
    }
}
