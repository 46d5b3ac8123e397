package uk.consultation.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import uk.consultation.schemas.Topic;

/** Reads back what a service published to the test broker, as the bytes on the wire. */
public final class KafkaRecords {

    private KafkaRecords() {
    }

    /** Everything on the topic for one key, read from the beginning up to the end at the time of asking. */
    public static List<ConsumerRecord<String, byte[]>> forKey(Topic<String, ?> topic, String key) {
        return forKey(topic.name(), key);
    }

    /** As {@link #forKey(Topic, String)}, for a topic without a registry entry of its own, e.g. a dead-letter topic. */
    public static List<ConsumerRecord<String, byte[]>> forKey(String topic, String key) {
        return all(TestInfrastructure.kafkaBootstrapServers(), topic).stream()
                .filter(record -> key.equals(record.key()))
                .toList();
    }

    /** Everything on the topic, read from the beginning up to the end at the time of asking. */
    public static List<ConsumerRecord<String, byte[]>> all(String bootstrapServers, Topic<String, ?> topic) {
        return all(bootstrapServers, topic.name());
    }

    private static List<ConsumerRecord<String, byte[]>> all(String bootstrapServers, String topic) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(found::add);
            }
            return found;
        }
    }
}
