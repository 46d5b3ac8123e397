package uk.consultation.coding.access;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Problems for every failure: Spring MVC's own and this service's {@code ErrorResponseException}s as they are (this
 * takes the place of Spring Boot's problem-details handler, {@code spring.mvc.problemdetails.enabled}), and anything
 * unexpected as a 500 that says nothing of what failed inside; the log has that.
 */
@RestControllerAdvice
class UnexpectedErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrors.class);

    @ExceptionHandler
    ProblemDetail unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected failure of {} {}", request.getMethod(), request.getRequestURI(), e);
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong in coding-service. Try again; if it keeps failing, tell the operators.");
    }
}
