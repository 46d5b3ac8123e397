package uk.consultation.intake.mailbox;

/** A consultation mailbox could not be reached or changed; asking again later is safe. */
public class MailboxUnavailableException extends RuntimeException {

    MailboxUnavailableException(String consultationId, Exception cause) {
        super("The mailbox of " + consultationId + " could not be reached: " + cause.getMessage(), cause);
    }
}
