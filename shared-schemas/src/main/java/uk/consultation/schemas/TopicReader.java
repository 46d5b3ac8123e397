package uk.consultation.schemas;

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

/**
 * Reads a topic from the beginning to the end it has when asked, without a consumer group: the one way a service reads
 * back what was written, where it keeps no store of its own.
 */
public final class TopicReader {

    private TopicReader() {
    }

    /**
     * Hands each record, tombstones included, to {@code each}, a partition's records in the order written.
     *
     * @param consumerProperties the service's consumer settings (bootstrap servers, security); its group is not used
     */
    public static void readToEnd(Map<String, Object> consumerProperties, Topic<String, ?> topic,
            Consumer<ConsumerRecord<String, byte[]>> each) {
        Map<String, Object> config = new HashMap<>(consumerProperties);
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

    /**
     * Which of the keys have a value as their latest record on the compacted topic: not those whose latest is a
     * tombstone, nor those whose tombstone compaction has removed too.
     */
    public static Set<String> held(Map<String, Object> consumerProperties, Topic<String, ?> topic, Set<String> keys) {
        Map<String, Boolean> held = new HashMap<>();
        readToEnd(consumerProperties, topic, record -> {
            if (keys.contains(record.key())) {
                held.put(record.key(), record.value() != null);
            }
        });
        return held.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).collect(Collectors.toSet());
    }
}
