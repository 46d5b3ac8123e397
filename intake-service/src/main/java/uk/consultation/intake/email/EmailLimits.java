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

    /**
     * Multiparts inside each other in one email (each forwarded email inside it counts on its own): mail clients nest
     * three or four deep. Parsing recurses once a level, so an email nested thousands deep would overflow the stack.
     */
    static final int MIME_DEPTH = 10;

    /** The parts of an email and of every email forwarded inside it, together: a few dozen at most in a real one. */
    static final int MIME_PARTS = 200;

    /** Per body, as for each attachment. */
    static final int TEXT_CHARS = DocumentText.MAX_CHARS;

    private EmailLimits() {
    }
}
