package uk.consultation.intake.email;

/** Bounds on what one request may make intake hold in memory. */
final class EmailLimits {

    /** The size most mail systems refuse above, so a genuine response is never larger. */
    static final int MESSAGE_BYTES = 25 * 1024 * 1024;

    static final int MAILBOX_BYTES = 100 * 1024 * 1024;

    /** Per body and per attachment: far more than any response, small enough to keep a Kafka record sane. */
    static final int TEXT_CHARS = 1_000_000;

    private EmailLimits() {
    }
}
