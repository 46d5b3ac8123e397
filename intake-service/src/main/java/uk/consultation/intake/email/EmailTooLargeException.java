package uk.consultation.intake.email;

/** Its message is safe to show: it gives only the limit. */
public class EmailTooLargeException extends RuntimeException {

    EmailTooLargeException(int limitBytes) {
        super("Larger than the limit of " + limitBytes / (1024 * 1024) + " MB");
    }
}
