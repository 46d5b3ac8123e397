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
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.BackOff;

import uk.consultation.coding.code.UncodableResponseException;
import uk.consultation.schemas.Topic;
import uk.consultation.schemas.Topics;

/** Where records this service cannot process go, and what a dead letter says about why. */
public final class DeadLetters {

    private DeadLetters() {
    }

    /**
     * Retries a failed record of the topic with the given back-off, then sends it to the topic's dead-letter topic,
     * same partition, with the reason in the headers.
     */
    public static DefaultErrorHandler errorHandler(KafkaTemplate<String, Object> kafka, Topic<String, ?> topic,
            BackOff retries) {
        DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(kafka,
                (record, failure) -> new TopicPartition(topic.deadLetterTopic(), record.partition()));
        // The framework's own message says only "failed to deserialize"; the reason header says what was wrong.
        deadLetters.addHeadersFunction((record, failure) -> reasonHeaders(failure));
        return new DefaultErrorHandler(deadLetters, retries);
    }

    public static Headers reasonHeaders(Throwable failure) {
        return new RecordHeaders(new Header[] {
                new RecordHeader(Topics.DEAD_LETTER_REASON_HEADER, reason(failure).getBytes(StandardCharsets.UTF_8))});
    }

    public static @Nullable String reason(Headers headers) {
        Header header = headers.lastHeader(Topics.DEAD_LETTER_REASON_HEADER);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The framework's own message says only "failed to deserialize" or "listener failed": the cause says what. */
    public static String reason(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
            if (cause instanceof SerializationException || cause instanceof UncodableResponseException) {
                return cause.getMessage();
            }
        }
        return String.valueOf(cause.getMessage());
    }
}
