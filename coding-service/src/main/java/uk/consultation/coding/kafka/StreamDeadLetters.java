package uk.consultation.coding.kafka;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;

import uk.consultation.schemas.Topics;

/**
 * What the Kafka Streams application does with a record it cannot read, or whose processing throws: the record, its
 * key and bytes as read, goes to its topic's dead-letter topic with the reason, and the stream carries on with the
 * next. Were it left to fail, its thread would be replaced, read the same record again and fail again, and every
 * record behind it on its partition would wait for ever.
 *
 * <p>Answers FAIL, so that the thread is replaced and tries the record again, only when the dead letter cannot be
 * written (nothing is lost), when the record's topic has no dead-letter topic (an internal topic), for an erasure,
 * and for a processing failure that is Kafka's, not the record's: a store or the broker ({@link KafkaException}, Kafka
 * Streams' own {@code StreamsException} among them), which the next try may not meet.
 *
 * <p>Kafka Streams makes one of these for each role from the class named in application.yml, and configures it with
 * its own configuration, where {@code kafka.KafkaConfiguration} puts the publisher under {@link #PUBLISHER}.
 */
public final class StreamDeadLetters implements DeserializationExceptionHandler, ProcessingExceptionHandler {

    static final String PUBLISHER = "coding.dead-letters.publisher";

    private static final Logger log = LoggerFactory.getLogger(StreamDeadLetters.class);

    private @Nullable ConsumerRecordRecoverer deadLetters;

    @Override
    public void configure(Map<String, ?> configs) {
        if (!(configs.get(PUBLISHER) instanceof ConsumerRecordRecoverer publisher)) {
            throw new IllegalStateException("Kafka Streams' configuration has no " + PUBLISHER);
        }
        deadLetters = publisher;
    }

    /** A record that cannot be read will not be read on another try either. */
    @Override
    public DeserializationHandlerResponse handle(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record,
            Exception failure) {
        return deadLetter(context.topic(), record.partition(), record.offset(), record.timestamp(), record.headers(),
                record.key(), record.value(), failure) ? DeserializationHandlerResponse.CONTINUE
                        : DeserializationHandlerResponse.FAIL;
    }

    /**
     * A failure of our code with this one record; the record is the one read from its topic, not as processed. An
     * erasure's tombstone is never skipped, which would leave the response's text in the review view: it is tried
     * again until it applies.
     */
    @Override
    public ProcessingHandlerResponse handle(ErrorHandlerContext context, Record<?, ?> record, Exception failure) {
        if (failure instanceof KafkaException && !(failure instanceof SerializationException)
                || Topics.RESPONSES_RECEIVED.name().equals(context.topic())) {
            return ProcessingHandlerResponse.FAIL;
        }
        return deadLetter(context.topic(), context.partition(), context.offset(), context.timestamp(),
                context.headers(), context.sourceRawKey(), context.sourceRawValue(), failure)
                        ? ProcessingHandlerResponse.CONTINUE : ProcessingHandlerResponse.FAIL;
    }

    /**
     * Whether the record is on its dead-letter topic. Our topics' keys are strings, written as UTF-8, so the key
     * decoded is the key written. Without a topic (a punctuation, not a record, failed) there is nothing to send.
     */
    private boolean deadLetter(@Nullable String topic, int partition, long offset, long timestamp, Headers headers,
            byte @Nullable [] key, byte @Nullable [] value, Exception failure) {
        if (topic == null) {
            log.error("Kafka Streams failed outside a record; its thread starts again from the last commit", failure);
            return false;
        }
        @Nullable String decodedKey = key == null ? null : new String(key, StandardCharsets.UTF_8);
        ConsumerRecord<@Nullable String, byte @Nullable []> failed = new ConsumerRecord<>(topic, partition, offset,
                timestamp, TimestampType.CREATE_TIME, -1, -1, decodedKey, value, headers, Optional.empty());
        try {
            Objects.requireNonNull(deadLetters, "configured first").accept(failed, failure);
            log.warn("Record {}-{}@{} is a dead letter: {}", topic, partition, offset, DeadLetters.reason(failure));
            return true;
        } catch (RuntimeException notWritten) {
            notWritten.addSuppressed(failure);
            log.error("Record {}-{}@{} failed and could not be dead-lettered; its thread starts again from the last "
                    + "commit", topic, partition, offset, notWritten);
            return false;
        }
    }
}
