package uk.consultation.intake.erasure;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import uk.consultation.intake.kafka.EventPublisher;
import uk.consultation.schemas.Topics;

/**
 * Erases a response: a tombstone for its id on {@code response-contacts} and on {@code responses-received}, each
 * acknowledged by the broker before this returns. Compaction then removes the contact details and the text from the
 * log; coding-service, reading the tombstone, publishes the response's coding again without any text. Doing it again
 * changes nothing, so a retry is always safe.
 */
@Component
class Erasure {

    private static final Logger log = LoggerFactory.getLogger(Erasure.class);

    private final EventPublisher publisher;

    Erasure(EventPublisher publisher) {
        this.publisher = publisher;
    }

    void erase(String responseId) {
        publisher.publishTombstone(Topics.RESPONSE_CONTACTS, responseId);
        publisher.publishTombstone(Topics.RESPONSES_RECEIVED, responseId);
        log.info("Erased response {}", responseId);
    }
}
