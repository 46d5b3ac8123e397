package uk.consultation.intake.erasure;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import uk.consultation.intake.kafka.EventPublisher;
import uk.consultation.intake.mailbox.MailboxUnavailableException;
import uk.consultation.intake.mailbox.ProcessedMail;
import uk.consultation.schemas.Topics;

/**
 * Erases a response: an email's message in its mailbox's Processed folder first, then a tombstone for its id on
 * {@code response-contacts} and on {@code responses-received}, each acknowledged by the broker before this returns.
 * The message goes first because the tombstone takes its Message-ID away: a mailbox out of reach stops the erasure,
 * to be asked again. Compaction then removes the contact details and the text from the
 * log; coding-service, reading the tombstone, publishes the response's coding again without any text. Doing it again
 * changes nothing, so a retry is always safe.
 */
@Component
class Erasure {

    private static final Logger log = LoggerFactory.getLogger(Erasure.class);

    private final EventPublisher publisher;
    private final ProcessedMail mail;

    Erasure(EventPublisher publisher, ProcessedMail mail) {
        this.publisher = publisher;
        this.mail = mail;
    }

    /** @throws MailboxUnavailableException if its email could not be deleted; nothing is erased yet */
    void erase(ReceivedResponses.Held held) {
        if (held.messageId() != null) {
            mail.delete(held.consultationId(), held.messageId());
        }
        erase(held.responseId());
    }

    /** For a response {@code responses-received} does not hold (any more): tombstones only, which remove nothing. */
    void erase(String responseId) {
        publisher.publishTombstone(Topics.RESPONSE_CONTACTS, responseId);
        publisher.publishTombstone(Topics.RESPONSES_RECEIVED, responseId);
        log.info("Erased response {}", responseId);
    }
}
