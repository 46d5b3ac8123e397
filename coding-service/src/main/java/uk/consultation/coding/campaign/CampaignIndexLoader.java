package uk.consultation.coding.campaign;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.stereotype.Component;

import uk.consultation.schemas.EventJson;
import uk.consultation.schemas.Topics;
import uk.consultation.schemas.coding.ResponseCoded;

/**
 * Before coding starts, reads back every coding published so far, so that a campaign begun before a restart is
 * recognised after it. Only then does the coding listener start.
 */
@Component
class CampaignIndexLoader implements ApplicationRunner {

    /** The listener this loader holds back; it does not start on its own. */
    public static final String CODING_LISTENER = "coding";

    private static final Logger log = LoggerFactory.getLogger(CampaignIndexLoader.class);

    private final KafkaProperties kafkaProperties;
    private final Campaigns campaigns;
    private final KafkaListenerEndpointRegistry listeners;

    CampaignIndexLoader(KafkaProperties kafkaProperties, Campaigns campaigns, KafkaListenerEndpointRegistry listeners) {
        this.kafkaProperties = kafkaProperties;
        this.campaigns = campaigns;
        this.listeners = listeners;
    }

    @Override
    public void run(ApplicationArguments args) {
        Map<String, Object> config = new HashMap<>(kafkaProperties.buildConsumerProperties());
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
                    // Each response's codings are on one partition, in order: the last one read is its latest.
                    try {
                        campaigns.remember(EventJson.fromBytes(record.value(), ResponseCoded.class));
                        read++;
                    } catch (RuntimeException e) {
                        log.warn("Skipped an unreadable coding at {}-{}@{}", record.topic(), record.partition(),
                                record.offset());
                    }
                }
            }
        }
        log.info("Read {} codings back for campaign detection; coding starts", read);
        Objects.requireNonNull(listeners.getListenerContainer(CODING_LISTENER), "no coding listener").start();
    }
}
