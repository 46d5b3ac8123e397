package uk.consultation.bench;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads back what the services wrote to a topic, with a consumer of no group (nothing committed, nothing to clean up):
 * the first records intake wrote, to size ProducerPerformance's records like them; or every record, to count them.
 */
final class TopicSample {

    private TopicSample() {
    }

    /** The average value size in bytes of up to {@code limit} records from the start of the topic. */
    static int averageValueBytes(String bootstrapServers, String topic, int limit) {
        try (KafkaConsumer<byte[], byte[]> consumer = fromBeginning(bootstrapServers, topic)) {
            long records = 0;
            long bytes = 0;
            while (records < limit) {
                var batch = consumer.poll(Duration.ofSeconds(5));
                if (batch.isEmpty()) {
                    break;
                }
                for (ConsumerRecord<byte[], byte[]> record : batch) {
                    records++;
                    bytes += record.serializedValueSize();
                }
            }
            if (records == 0) {
                throw new IllegalStateException("No records on " + topic + ": intake accepted nothing");
            }
            return Math.toIntExact(Math.round((double) bytes / records));
        }
    }

    /** @param keys how many distinct keys the records have */
    record Count(long records, long keys) {
    }

    /** Every record on the topic now, from its first offset to its end. */
    static Count count(String bootstrapServers, String topic) {
        try (KafkaConsumer<byte[], byte[]> consumer = fromBeginning(bootstrapServers, topic)) {
            Map<TopicPartition, Long> ends = consumer.endOffsets(consumer.assignment());
            Set<ByteBuffer> keys = new HashSet<>();
            long records = 0;
            while (ends.entrySet().stream().anyMatch(end -> consumer.position(end.getKey()) < end.getValue())) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofSeconds(5))) {
                    if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
                        records++;
                        keys.add(ByteBuffer.wrap(record.key() == null ? new byte[0] : record.key()));
                    }
                }
            }
            return new Count(records, keys.size());
        }
    }

    private static KafkaConsumer<byte[], byte[]> fromBeginning(String bootstrapServers, String topic) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.CLIENT_ID_CONFIG, "bench-sample-" + UUID.randomUUID(),
                // should a service write a topic in transactions, only what it committed counts
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config);
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return consumer;
    }
}
