package uk.consultation.intake.ratelimit;

/** The client has used up its submissions for now; nothing was received. */
public class TooManySubmissionsException extends RuntimeException {

    private final long retryAfterSeconds;

    TooManySubmissionsException(long retryAfterSeconds) {
        super("Too many responses have been sent from this address in a short time, and this one was not received."
                + " Send it again after the time Retry-After gives.");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** For the {@code Retry-After} header: when the next submission will be taken. */
    public String retryAfter() {
        return Long.toString(retryAfterSeconds);
    }
}
