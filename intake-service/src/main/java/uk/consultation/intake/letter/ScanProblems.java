package uk.consultation.intake.letter;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problem details for scanned letters; unknown consultations are answered as elsewhere. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE) // before ProblemResponses, which answers whatever is left
class ScanProblems {

    @ExceptionHandler
    ProblemDetail unacceptable(UnacceptableScanException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        problem.setTitle("The scan cannot be read as a letter");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail ocrUnavailable(OcrUnavailableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setTitle("OCR is unavailable");
        return problem;
    }
}
