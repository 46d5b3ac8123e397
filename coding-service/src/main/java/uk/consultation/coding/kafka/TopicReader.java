package uk.consultation.coding.kafka;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;

import uk.consultation.schemas.EventJson;
import uk.consultation.schemas.Topic;

/** Reads a topic back from the beginning to the end it has when asked, without a consumer group: how views rebuild. */
public final class TopicReader {

    private static final Logger log = LoggerFactory.getLogger(TopicReader.class);

    private TopicReader() {
    }

    /**
     * Hands each event on the topic, up to the end at the time of asking, to {@code each}, skipping (and logging where)
     * any it cannot read. The events of one key (one partition) come in the order they were written, so the last one
     * handed over for a response is its latest.
     *
     * @return how many were read
     */
    public static <V> long readEvents(KafkaProperties kafkaProperties, Topic<String, V> topic, Consumer<V> each) {
        long[] read = {0};
        readToEnd(kafkaProperties, topic, record -> {
            try {
                each.accept(EventJson.fromBytes(record.value(), topic.valueType()));
                read[0]++;
            } catch (RuntimeException e) {
                log.warn("Skipped an unreadable {} at {}-{}@{}", topic.valueType().getSimpleName(), record.topic(),
                        record.partition(), record.offset());
            }
        });
        return read[0];
    }

    /**
     * Which of the keys have a value as their latest record on the compacted topic: not those whose latest is a
     * tombstone, nor those whose tombstone compaction has removed too.
     */
    public static Set<String> held(KafkaProperties kafkaProperties, Topic<String, ?> topic, Set<String> keys) {
        Map<String, Boolean> held = new HashMap<>();
        readToEnd(kafkaProperties, topic, record -> {
            if (keys.contains(record.key())) {
                held.put(record.key(), record.value() != null);
            }
        });
        return held.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    private static void readToEnd(KafkaProperties kafkaProperties, Topic<String, ?> topic,
            Consumer<ConsumerRecord<String, byte[]>> each) {
        Map<String, Object> config = new HashMap<>(kafkaProperties.buildConsumerProperties());
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic.name()).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                consumer.poll(Duration.ofMillis(500)).forEach(each);
            }
        }
    }
}
