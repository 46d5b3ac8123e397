package uk.consultation.intake.email;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problem details for email imports; unknown consultations and Kafka outages are answered as elsewhere. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE) // before ProblemResponses, which answers whatever is left
class EmailProblems {

    @ExceptionHandler
    ProblemDetail unreadable(UnreadableEmailException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setTitle("The email cannot be accepted as a response");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail tooLarge(EmailTooLargeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
        problem.setTitle("The email is too large");
        return problem;
    }
}
