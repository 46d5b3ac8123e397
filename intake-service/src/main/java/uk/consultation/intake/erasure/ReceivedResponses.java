package uk.consultation.intake.erasure;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import uk.consultation.intake.kafka.ReadBack;
import uk.consultation.schemas.EventJson;
import uk.consultation.schemas.Topics;
import uk.consultation.schemas.response.ResponseReceived;

/**
 * The responses {@code responses-received} holds and has not erased, read from the beginning to the end it has when
 * asked, without a consumer group. Intake keeps no store of its own: the log is the record of what it received, and
 * erasures are rare enough to read it for each.
 */
@Component
class ReceivedResponses {

    /**
     * A response's identity, without its text.
     *
     * @param messageId an email's Message-ID, which finds it in the mailbox
     */
    record Held(String responseId, String consultationId, String reference, @Nullable String messageId) {
    }

    private static final Logger log = LoggerFactory.getLogger(ReceivedResponses.class);

    private final ReadBack reader;

    ReceivedResponses(ReadBack reader) {
        this.reader = reader;
    }

    /** The response, if its latest record is not a tombstone. */
    Optional<Held> held(String responseId) {
        return held().stream().filter(held -> held.responseId().equals(responseId)).findFirst();
    }

    /** Every response whose latest record is not a tombstone, in the order first received per partition. */
    Collection<Held> held() {
        Map<String, Held> held = new LinkedHashMap<>();
        reader.readToEnd(Topics.RESPONSES_RECEIVED, record -> take(record, held));
        return held.values();
    }

    private static void take(ConsumerRecord<String, byte[]> record, Map<String, Held> held) {
        if (record.value() == null) {
            held.remove(record.key());
            return;
        }
        try {
            ResponseReceived response = EventJson.fromBytes(record.value(), ResponseReceived.class);
            held.put(response.responseId(), new Held(response.responseId(), response.consultationId(),
                    response.reference(), response.source().messageId()));
        } catch (RuntimeException e) {
            log.warn("Skipped an unreadable response at {}-{}@{}", record.topic(), record.partition(), record.offset());
        }
    }
}
