package uk.consultation.coding.streams;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A store cannot be read whole now: partitions are moving between instances, or the instance holding one does not
 * answer. Answered 503 with Retry-After, never with part of the answer.
 */
public class StoreUnavailableException extends ErrorResponseException {

    /** A rebalance settles in seconds. */
    private static final String RETRY_AFTER_SECONDS = "5";

    StoreUnavailableException(String detail) {
        super(HttpStatus.SERVICE_UNAVAILABLE, ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail),
                null);
        getHeaders().set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
    }
}
