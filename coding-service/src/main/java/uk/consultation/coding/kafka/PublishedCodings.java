package uk.consultation.coding.kafka;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uk.consultation.schemas.EventJson;
import uk.consultation.schemas.Topics;
import uk.consultation.schemas.coding.ResponseCoded;

/** Reads back what coding has published: how the in-memory indexes built from codings are rebuilt at start. */
public final class PublishedCodings {

    private static final Logger log = LoggerFactory.getLogger(PublishedCodings.class);

    private PublishedCodings() {
    }

    /**
     * Hands every coding on {@code responses-coded}, up to the end at the time of asking, to {@code each}. Each
     * response's codings are on one partition, in order, so the last one handed over is its latest.
     *
     * @return how many were read
     */
    public static long readBack(Map<String, Object> consumerProperties, Consumer<ResponseCoded> each) {
        Map<String, Object> config = new HashMap<>(consumerProperties);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        long read = 0;
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.RESPONSES_CODED.name()).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    try {
                        each.accept(EventJson.fromBytes(record.value(), ResponseCoded.class));
                        read++;
                    } catch (RuntimeException e) {
                        log.warn("Skipped an unreadable coding at {}-{}@{}", record.topic(), record.partition(),
                                record.offset());
                    }
                }
            }
        }
        return read;
    }
}
