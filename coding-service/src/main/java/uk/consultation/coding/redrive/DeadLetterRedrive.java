package uk.consultation.coding.redrive;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import uk.consultation.coding.code.CodedResponses;
import uk.consultation.coding.kafka.DeadLetters;
import uk.consultation.schemas.EventJson;
import uk.consultation.schemas.TopicReader;
import uk.consultation.schemas.Topics;
import uk.consultation.schemas.response.ResponseReceived;

/**
 * Re-drives {@code responses-received-dlt} after a fix: every dead letter not yet re-driven is coded again with
 * today's rules and definitions. One that still cannot be coded goes back on the dead-letter topic with its new reason,
 * ready for the next fix. A letter whose response has since been erased (its latest record on
 * {@code responses-received} a tombstone, or compacted away with it) is passed over for good: coding it would bring its
 * text back. How far re-driving has got is the committed offset of its own consumer group, so each dead
 * letter is re-driven once per arrival, and a re-drive stops at the end the topic had when it began.
 */
@Component
class DeadLetterRedrive {

    static final String GROUP = "coding-redrive";
    private static final Duration POLL = Duration.ofMillis(500);
    private static final int LISTED = 100;

    private static final Logger log = LoggerFactory.getLogger(DeadLetterRedrive.class);

    private final KafkaProperties kafkaProperties;
    private final CodedResponses codings;
    private final KafkaTemplate<String, Object> kafka;

    DeadLetterRedrive(KafkaProperties kafkaProperties, CodedResponses codings, KafkaTemplate<String, Object> kafka) {
        this.kafkaProperties = kafkaProperties;
        this.codings = codings;
        this.kafka = kafka;
    }

    /** A dead letter waiting to be re-driven. */
    record DeadLetter(int partition, long offset, String key, String reason) {
    }

    /** @param letters the first {@value #LISTED} of them */
    record Waiting(long count, List<DeadLetter> letters) {
    }

    /** What a re-drive did: how many it coded, those that failed again, with why, and those erased meanwhile. */
    record Report(int coded, List<DeadLetter> failedAgain, List<DeadLetter> erased) {
    }

    Waiting waiting() {
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            Map<TopicPartition, Long> end = positionAtStart(consumer);
            long count = end.entrySet().stream().mapToLong(e -> e.getValue() - consumer.position(e.getKey())).sum();
            List<DeadLetter> letters = new ArrayList<>();
            readUpTo(consumer, end, record -> {
                if (letters.size() < LISTED) {
                    letters.add(deadLetter(record, DeadLetters.reason(record.headers())));
                }
            });
            return new Waiting(count, letters);
        }
    }

    /** One re-drive at a time: two would code the same dead letters. */
    synchronized Report redrive() {
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            Map<TopicPartition, Long> end = positionAtStart(consumer);
            Set<String> held = TopicReader.held(kafkaProperties.buildConsumerProperties(), Topics.RESPONSES_RECEIVED,
                    keysUpTo(end));
            int[] coded = {0};
            List<DeadLetter> failedAgain = new ArrayList<>();
            List<DeadLetter> erased = new ArrayList<>();
            readUpTo(consumer, end, record -> {
                if (!held.contains(record.key())) {
                    erased.add(deadLetter(record, "the response was erased"));
                } else {
                    try {
                        codings.codeAndPublish(EventJson.fromBytes(record.value(), ResponseReceived.class));
                        coded[0]++;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("Interrupted while re-driving", e);
                    } catch (RuntimeException | ExecutionException e) {
                        deadLetterAgain(record, e);
                        failedAgain.add(deadLetter(record, DeadLetters.reason(e)));
                    }
                }
                // Past this letter only once it is coded, back on the topic with its new reason, or found erased.
                consumer.commitSync(Map.of(new TopicPartition(record.topic(), record.partition()),
                        new OffsetAndMetadata(record.offset() + 1)));
            });
            log.info("Re-drove {} dead letters: {} coded, {} failed again, {} passed over as erased",
                    coded[0] + failedAgain.size() + erased.size(), coded[0], failedAgain.size(), erased.size());
            return new Report(coded[0], failedAgain, erased);
        }
    }

    /** The responses of the letters a re-drive takes, read without moving this group on. */
    private Set<String> keysUpTo(Map<TopicPartition, Long> end) {
        Set<String> keys = new HashSet<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            consumer.assign(end.keySet());
            readUpTo(consumer, end, record -> keys.add(record.key()));
        }
        return keys;
    }

    private void deadLetterAgain(ConsumerRecord<String, byte[]> record, Exception failure) {
        ProducerRecord<String, Object> again = new ProducerRecord<>(record.topic(), record.partition(), record.key(),
                record.value(), DeadLetters.reasonHeaders(failure));
        try {
            kafka.send(again).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while re-driving", e);
        } catch (ExecutionException e) {
            // Not committed past it, so the next re-drive tries this letter again.
            throw new IllegalStateException("Kafka did not take the dead letter back; nothing is lost", e);
        }
    }

    private KafkaConsumer<String, byte[]> consumer() {
        Map<String, Object> config = new HashMap<>(kafkaProperties.buildConsumerProperties());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, GROUP);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }

    /** Assigns every partition at this group's position and returns where each ends now. */
    private static Map<TopicPartition, Long> positionAtStart(KafkaConsumer<String, byte[]> consumer) {
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.RESPONSES_RECEIVED.deadLetterTopic()).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
        consumer.assign(partitions);
        return consumer.endOffsets(partitions);
    }

    private static void readUpTo(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> end,
            Consumer<ConsumerRecord<String, byte[]>> each) {
        while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                    each.accept(record);
                }
            }
        }
    }

    private static DeadLetter deadLetter(ConsumerRecord<String, byte[]> record, @Nullable String reason) {
        return new DeadLetter(record.partition(), record.offset(), String.valueOf(record.key()),
                reason == null ? "no reason recorded" : reason);
    }
}
