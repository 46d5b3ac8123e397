package uk.consultation.intake;

import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import uk.consultation.intake.kafka.EventTooLargeException;
import uk.consultation.intake.kafka.KafkaUnavailableException;
import uk.consultation.intake.ratelimit.TooManySubmissionsException;
import uk.consultation.intake.receive.InvalidSubmissionException;
import uk.consultation.intake.receive.KeyReusedException;
import uk.consultation.intake.receive.UnknownConsultationException;

/**
 * RFC 9457 problem details for intake's own failures; Spring MVC's own (e.g. unreadable JSON) are enabled in config.
 * Last of all the advice, as it answers any failure the others do not know.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ProblemResponses {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    @ExceptionHandler
    ProblemDetail unknownConsultation(UnknownConsultationException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Unknown consultation");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail invalidSubmission(InvalidSubmissionException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                // joined once: adding each error to the whole so far took time quadratic in the number of errors
                e.errors().stream().map(error -> error.field() + ": " + error.message())
                        .collect(Collectors.joining("; ")));
        problem.setTitle("The response cannot be accepted as it is");
        problem.setProperty("errors", e.errors());
        return problem;
    }

    /** As the IETF's Idempotency-Key draft answers a key reused with another payload. */
    @ExceptionHandler
    ProblemDetail keyReused(KeyReusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setTitle("The key was already used for a different response");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail bodyTooLarge(JsonBodyLimit.BodyTooLargeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
        problem.setTitle("Request too large");
        return problem;
    }

    /** Not an outage: the same response would be refused again, so no Retry-After. */
    @ExceptionHandler
    ProblemDetail eventTooLarge(EventTooLargeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                e.getMessage() + "; nothing was received. Shorten it, or send it in parts.");
        problem.setTitle("Response too large");
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

    @ExceptionHandler
    ResponseEntity<ProblemDetail> tooManySubmissions(TooManySubmissionsException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
        problem.setTitle("Too many responses");
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, e.retryAfter())
                .body(problem);
    }

    /** A failure of intake itself: logged in full here, and nothing of it told to the client. */
    @ExceptionHandler
    ProblemDetail unexpected(RuntimeException e) {
        log.error("Request failed", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side and the request was not completed. Please try again later.");
        problem.setTitle("Internal error");
        return problem;
    }
}
