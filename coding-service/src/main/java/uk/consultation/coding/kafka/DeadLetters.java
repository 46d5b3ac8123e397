package uk.consultation.coding.kafka;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.TopicPartition;
import org.jspecify.annotations.Nullable;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

import io.micrometer.core.instrument.MeterRegistry;

import uk.consultation.coding.code.UncodableResponseException;
import uk.consultation.schemas.Topics;

/** Where records this service cannot process go, and what a dead letter says about why. */
public final class DeadLetters {

    private DeadLetters() {
    }

    /** Dead letters written, by dead-letter topic: the listener's and the Kafka Streams application's. */
    static final String DEAD_LETTERS = "coding.dead.letters";

    /**
     * Sends a failed record, its key and bytes, to its topic's dead-letter topic, same partition, with the reason in
     * the headers, and counts it. Returns once Kafka has it, and throws if Kafka does not take it, or if the record's
     * topic has no dead-letter topic ({@link Topics#withDeadLetters}).
     */
    static ConsumerRecordRecoverer publisher(KafkaTemplate<String, Object> kafka, MeterRegistry meters) {
        DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(kafka,
                (record, failure) -> new TopicPartition(deadLetterTopic(record.topic()), record.partition()));
        // The framework's own message says only "failed to deserialize"; the reason header says what was wrong.
        deadLetters.addHeadersFunction((record, failure) -> reasonHeaders(failure));
        return (record, failure) -> {
            deadLetters.accept(record, failure);
            meters.counter(DEAD_LETTERS, "topic", deadLetterTopic(record.topic())).increment();
        };
    }

    private static String deadLetterTopic(String topic) {
        return Topics.withDeadLetters(topic)
                .orElseThrow(() -> new IllegalStateException("No dead-letter topic for " + topic + "'s records"))
                .deadLetterTopic();
    }

    public static Headers reasonHeaders(Throwable failure) {
        return new RecordHeaders(new Header[] {
                new RecordHeader(Topics.DEAD_LETTER_REASON_HEADER, reason(failure).getBytes(StandardCharsets.UTF_8))});
    }

    public static @Nullable String reason(Headers headers) {
        Header header = headers.lastHeader(Topics.DEAD_LETTER_REASON_HEADER);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /**
     * The listener framework's own message says only "failed to deserialize" or "listener failed": the cause says
     * what. Kafka Streams hands over the deserializer's own exception.
     */
    public static String reason(Throwable failure) {
        Throwable cause = failure;
        while (!(cause instanceof SerializationException || cause instanceof UncodableResponseException)
                && cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return String.valueOf(cause.getMessage());
    }
}
