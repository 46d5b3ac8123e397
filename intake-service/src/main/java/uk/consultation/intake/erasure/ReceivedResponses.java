package uk.consultation.intake.erasure;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Component;

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

    private final KafkaProperties kafkaProperties;

    ReceivedResponses(KafkaProperties kafkaProperties) {
        this.kafkaProperties = kafkaProperties;
    }

    /** The response, if its latest record is not a tombstone. */
    Optional<Held> held(String responseId) {
        return held().stream().filter(held -> held.responseId().equals(responseId)).findFirst();
    }

    /** Every response whose latest record is not a tombstone, in the order first received per partition. */
    Collection<Held> held() {
        Map<String, Held> held = new LinkedHashMap<>();
        Map<String, Object> config = new HashMap<>(kafkaProperties.buildConsumerProperties());
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.RESPONSES_RECEIVED.name()).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> take(record, held));
            }
        }
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
