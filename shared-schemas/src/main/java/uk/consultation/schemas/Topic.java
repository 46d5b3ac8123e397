package uk.consultation.schemas;

import java.time.Duration;
import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.jspecify.annotations.Nullable;

/**
 * A Kafka topic with the types of its keys and values and the one service that writes it.
 *
 * @param compacted       keep only the latest value per key, for ever (a null value, a tombstone, removes the key);
 *                        otherwise every record is kept for ever (the broker's default would delete after 7 days)
 * @param singlePartition one partition, so that readers see every key in the order written (definitions, contacts)
 * @param retention       for a topic that only hands records over, or whose records no erasure reaches, how long the
 *                        broker keeps them; absent, they are kept for ever (or compacted)
 */
public record Topic<K, V>(String name, Class<K> keyType, Class<V> valueType, String writer, boolean compacted,
        boolean singlePartition, @Nullable Duration retention) {

    public Topic(String name, Class<K> keyType, Class<V> valueType, String writer, boolean compacted,
            boolean singlePartition) {
        this(name, keyType, valueType, writer, compacted, singlePartition, null);
    }

    private static final String MAX_MESSAGE_BYTES = Integer.toString(Topics.MAX_RECORD_BYTES);

    /** Records that failed in the topic's consumer land in {@code <topic>-dlt}, keeping their key and bytes. */
    public String deadLetterTopic() {
        return name + "-dlt";
    }

    public NewTopic newTopic(int partitions, short replicas) {
        NewTopic topic = new NewTopic(name, partitions, replicas);
        return topic.configs(Map.of(compacted ? TopicConfig.CLEANUP_POLICY_CONFIG : TopicConfig.RETENTION_MS_CONFIG,
                compacted ? TopicConfig.CLEANUP_POLICY_COMPACT : retention == null ? "-1"
                        : Long.toString(retention.toMillis()),
                TopicConfig.MAX_MESSAGE_BYTES_CONFIG, MAX_MESSAGE_BYTES,
                TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, minInsyncReplicas(replicas)));
    }

    /** A dead letter keeps its record's bytes, so it takes records as large as its topic does. */
    public NewTopic newDeadLetterTopic(int partitions, short replicas) {
        return new NewTopic(deadLetterTopic(), partitions, replicas)
                .configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, MAX_MESSAGE_BYTES,
                        TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, minInsyncReplicas(replicas)));
    }

    /**
     * With three or more replicas a write acknowledged with {@code acks=all} is on two brokers at least, and one broker
     * may be down without stopping writes; with fewer there is nothing to spare, so one copy is all that is promised.
     */
    static String minInsyncReplicas(short replicas) {
        return replicas >= 3 ? "2" : "1";
    }

    public EventJson.Deserializer<V> valueDeserializer() {
        return new EventJson.Deserializer<>(valueType);
    }
}
