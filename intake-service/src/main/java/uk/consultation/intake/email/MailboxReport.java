package uk.consultation.intake.email;

import java.util.List;

import org.jspecify.annotations.Nullable;

import uk.consultation.intake.receive.Receipt;

/** The outcome of importing a mailbox, message by message. */
record MailboxReport(List<Receipt> received, List<Failure> failed) {

    MailboxReport {
        received = List.copyOf(received);
        failed = List.copyOf(failed);
    }

    /** @param index the message's position in the mailbox, counting from 0 */
    record Failure(int index, @Nullable String messageId, String reason) {
    }
}
