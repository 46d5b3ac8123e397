package uk.consultation.coding.review;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Why a review, or a look at the queue, cannot be had; answered as RFC 9457 problem details. */
class ReviewRejectedException extends ErrorResponseException {

    /** One thing wrong with a submitted review, named by its field, e.g. {@code answers.q1.position}. */
    record FieldError(String field, String detail) {
    }

    private final List<FieldError> errors;

    private ReviewRejectedException(HttpStatus status, String detail, List<FieldError> errors) {
        super(status, problem(status, detail, errors), null);
        this.errors = List.copyOf(errors);
    }

    static ReviewRejectedException unknownResponse(String responseId) {
        return new ReviewRejectedException(HttpStatus.NOT_FOUND,
                "No coding of response " + responseId + " is known", List.of());
    }

    static ReviewRejectedException unknownConsultation(String consultationId) {
        return new ReviewRejectedException(HttpStatus.NOT_FOUND,
                "Consultation " + consultationId + " is not known", List.of());
    }

    static ReviewRejectedException stale(int reviewed, int latest) {
        return new ReviewRejectedException(HttpStatus.CONFLICT, "The review is of coding version "
                + reviewed + ", but the response's coding is now version " + latest + ": look at it again", List.of());
    }

    static ReviewRejectedException invalid(List<FieldError> errors) {
        return new ReviewRejectedException(HttpStatus.UNPROCESSABLE_CONTENT,
                "The review cannot be applied as it stands", errors);
    }

    static ReviewRejectedException unavailable() {
        return new ReviewRejectedException(HttpStatus.SERVICE_UNAVAILABLE,
                "The review could not be recorded now; nothing was changed. Try again shortly", List.of());
    }

    List<FieldError> errors() {
        return errors;
    }

    private static ProblemDetail problem(HttpStatus status, String detail, List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }
}
