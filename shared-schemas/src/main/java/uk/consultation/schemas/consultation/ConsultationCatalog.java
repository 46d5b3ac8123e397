package uk.consultation.schemas.consultation;

import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uk.consultation.schemas.EventJson;
import uk.consultation.schemas.Topics;

/**
 * The consultation definitions every service works from, kept current by reading the compacted
 * {@code consultations} topic from its beginning in a background thread. Nothing is committed: each start reads the
 * whole topic again, which holds one record per consultation.
 */
public final class ConsultationCatalog implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ConsultationCatalog.class);

    private final Map<String, ConsultationDefinition> definitions = new ConcurrentHashMap<>();
    private final CountDownLatch caughtUp = new CountDownLatch(1);
    private final Map<String, Object> consumerConfig;
    private final Thread reader;
    private volatile @Nullable KafkaConsumer<String, byte[]> consumer;
    private volatile boolean running;

    /** @param clientConfig connection settings (bootstrap servers, security); deserializers and group are set here */
    public ConsultationCatalog(Map<String, Object> clientConfig, String clientId) {
        Map<String, Object> config = new HashMap<>(clientConfig);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        this.consumerConfig = config;
        this.reader = new Thread(this::read, clientId);
        this.reader.setDaemon(true);
    }

    public void start() {
        running = true;
        reader.start();
    }

    /** Waits until every definition on the topic at start-up has been read. */
    public boolean awaitCaughtUp(Duration timeout) throws InterruptedException {
        return caughtUp.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public boolean isCaughtUp() {
        return caughtUp.getCount() == 0;
    }

    public Optional<ConsultationDefinition> find(String consultationId) {
        return Optional.ofNullable(definitions.get(consultationId));
    }

    public List<ConsultationDefinition> all() {
        return definitions.values().stream().sorted(Comparator.comparing(ConsultationDefinition::id)).toList();
    }

    /** Takes a definition its writer has just had acknowledged, ahead of reading it back from the topic. */
    public void accept(ConsultationDefinition definition) {
        definitions.put(definition.id(), definition);
    }

    private void read() {
        try (KafkaConsumer<String, byte[]> kafka = new KafkaConsumer<>(consumerConfig)) {
            consumer = kafka;
            List<TopicPartition> partitions = awaitPartitions(kafka);
            kafka.assign(partitions);
            kafka.seekToBeginning(partitions);
            Map<TopicPartition, Long> endAtStart = kafka.endOffsets(partitions);
            while (running) {
                for (ConsumerRecord<String, byte[]> record : kafka.poll(Duration.ofMillis(500))) {
                    apply(record);
                }
                if (caughtUp.getCount() > 0 && reached(kafka, endAtStart)) {
                    log.info("Consultation catalog loaded: {} consultations", definitions.size());
                    caughtUp.countDown();
                }
            }
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            log.error("Consultation catalog reader stopped", e);
        }
    }

    private List<TopicPartition> awaitPartitions(KafkaConsumer<String, byte[]> kafka) {
        while (true) {
            List<PartitionInfo> infos;
            try {
                infos = kafka.partitionsFor(Topics.CONSULTATIONS.name(), Duration.ofSeconds(10));
            } catch (TimeoutException brokerBusy) {
                // A broker starting, or starved of CPU, may not answer within the timeout; ask again, or the reader
                // would stop for good and the service would never know a consultation.
                infos = List.of();
            }
            if (infos != null && !infos.isEmpty()) {
                return infos.stream().map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            }
            log.info("Waiting for topic {}", Topics.CONSULTATIONS.name());
            pause();
        }
    }

    /** The topic appears once a service has declared it; asking again at once would only flood the log. */
    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WakeupException();
        }
    }

    private static boolean reached(KafkaConsumer<String, byte[]> kafka, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> kafka.position(e.getKey()) >= e.getValue());
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            definitions.remove(record.key());
            return;
        }
        try {
            ConsultationDefinition definition = EventJson.fromBytes(record.value(), ConsultationDefinition.class);
            definitions.put(definition.id(), definition);
        } catch (RuntimeException e) {
            // The writer validates every definition; one that still cannot be read is skipped, not fatal.
            log.error("Skipping unreadable consultation definition at offset {}: {}", record.offset(), e.getMessage());
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        KafkaConsumer<String, byte[]> kafka = consumer;
        if (kafka != null) {
            kafka.wakeup();
        }
        reader.join(Duration.ofSeconds(10).toMillis());
    }
}
