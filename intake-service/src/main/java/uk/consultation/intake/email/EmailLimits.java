package uk.consultation.intake.email;

import uk.consultation.intake.document.DocumentText;

/** Bounds on what one request may make intake hold in memory. */
final class EmailLimits {

    /** The size most mail systems refuse above, so a genuine response is never larger. */
    static final int MESSAGE_BYTES = 25 * 1024 * 1024;

    static final int MAILBOX_BYTES = 100 * 1024 * 1024;

    /** Far more than any response carries; beyond it an email is more likely a dump or an attack than a response. */
    static final int ATTACHMENTS = 50;

    /** Emails forwarded inside each other: a genuine response is rarely more than one deep. */
    static final int FORWARDS = 5;

    /** Per body, as for each attachment. */
    static final int TEXT_CHARS = DocumentText.MAX_CHARS;

    private EmailLimits() {
    }
}
