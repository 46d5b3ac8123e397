package uk.consultation.reporting.figures;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

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
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Component;

import uk.consultation.schemas.EventJson;
import uk.consultation.schemas.Topics;
import uk.consultation.schemas.coding.ResponseCoded;
import uk.consultation.schemas.consultation.ConsultationCatalog;
import uk.consultation.schemas.consultation.ConsultationDefinition;

/**
 * Recomputes the figures from the log: a consumer of its own reads {@code responses-coded} from the beginning into
 * the next generation, by the same ledger rules as the live listener, while the live generation is still read and
 * written. Once it has caught up with the end of the log, the live listener is stopped for a moment, the rest is read,
 * the generation pointer switches, and the listener starts again from the new generation's offsets.
 */
@Component
class FiguresRebuild {

    private static final Logger log = LoggerFactory.getLogger(FiguresRebuild.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final FiguresGenerations generations;
    private final ConsultationCatalog catalog;
    private final KafkaProperties kafka;
    private final KafkaListenerEndpointRegistry listeners;
    private final AtomicReference<RebuildStatus> status = new AtomicReference<>(RebuildStatus.NONE);

    FiguresRebuild(FiguresGenerations generations, ConsultationCatalog catalog, KafkaProperties kafka,
            KafkaListenerEndpointRegistry listeners) {
        this.generations = generations;
        this.catalog = catalog;
        this.kafka = kafka;
        this.listeners = listeners;
    }

    RebuildStatus status() {
        return status.get();
    }

    /** Starts a rebuild in the background, unless one is running: then empty. */
    synchronized Optional<RebuildStatus> start() {
        if (status.get().running()) {
            return Optional.empty();
        }
        FiguresStore next = generations.next();
        RebuildStatus running = RebuildStatus.running(next.generation());
        status.set(running);
        Thread thread = new Thread(() -> run(next), "figures-rebuild");
        thread.setDaemon(true);
        thread.start();
        return Optional.of(running);
    }

    private void run(FiguresStore next) {
        try (Reader reader = new Reader(next)) {
            reader.catchUp();
            switchOver(reader);
            status.updateAndGet(current -> current.switched(reader.read));
        } catch (RuntimeException e) {
            log.error("Rebuilding figures generation {} failed; generation {} is live", next.generation(),
                    generations.live().generation(), e);
            if (generations.live().generation() != next.generation()) {
                next.drop();
            }
            status.updateAndGet(current -> current.failed(
                    "The rebuild stopped with an error; the service's log has the cause"));
        }
    }

    /**
     * Holding the live listener still, reads what is left and makes the new generation live: the listener then
     * resumes from the offsets the new generation holds, so nothing it had not yet read is missed or counted twice.
     */
    void switchOver(Reader reader) {
        MessageListenerContainer live = listeners.getListenerContainer(ResponsesCodedListener.ID);
        if (live == null) {
            throw new IllegalStateException("No listener " + ResponsesCodedListener.ID);
        }
        live.stop();
        try {
            reader.catchUp();
            generations.switchTo(reader.store);
            log.info("Figures generation {} is live, rebuilt from {} codings", reader.store.generation(), reader.read);
        } finally {
            live.start();
        }
    }

    /** Reads {@code responses-coded} from the beginning into one generation, with a consumer of its own. */
    final class Reader implements AutoCloseable {

        private final FiguresStore store;
        private final FiguresLedger ledger;
        private final KafkaConsumer<String, byte[]> consumer;
        private final List<TopicPartition> partitions;
        private final EventJson.Deserializer<ResponseCoded> codings = Topics.RESPONSES_CODED.valueDeserializer();
        private long read;

        Reader(FiguresStore store) {
            this.store = store;
            this.ledger = new FiguresLedger(() -> store);
            Map<String, Object> properties = new HashMap<>(kafka.buildConsumerProperties());
            // Assigned, not subscribed, and never committed: the offsets that count are in the generation.
            properties.remove(ConsumerConfig.GROUP_ID_CONFIG);
            properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            this.consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new ByteArrayDeserializer());
            this.partitions = consumer.partitionsFor(Topics.RESPONSES_CODED.name()).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
        }

        /** Applies every record up to the end each partition has now, a poll at a time. */
        void catchUp() {
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                List<FiguresLedger.Coded> batch = new ArrayList<>();
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    FiguresLedger.Coded coded = coded(record);
                    if (coded != null) {
                        batch.add(coded);
                    }
                }
                apply(batch);
                status.updateAndGet(current -> current.progress(read));
            }
        }

        /** As the live listener would, except that what it dead-letters is passed over: it is on the dead-letter topic. */
        private FiguresLedger.@Nullable Coded coded(ConsumerRecord<String, byte[]> record) {
            ResponseCoded coding;
            try {
                coding = codings.deserialize(record.topic(), record.value());
            } catch (RuntimeException e) {
                log.warn("Passing over {}-{}@{}: not a coding", record.topic(), record.partition(), record.offset());
                return null;
            }
            @Nullable ConsultationDefinition definition = coding == null ? null
                    : catalog.find(coding.consultationId()).orElse(null);
            if (coding == null || definition == null) {
                log.warn("Passing over {}-{}@{}: no coding of a known consultation", record.topic(),
                        record.partition(), record.offset());
                return null;
            }
            return new FiguresLedger.Coded(coding, definition, record.partition(), record.offset());
        }

        private void apply(List<FiguresLedger.Coded> batch) {
            List<FiguresLedger.Coded> rest = batch;
            while (!rest.isEmpty()) {
                FiguresLedger.Applied applied = ledger.apply(rest);
                read += applied.outcomes().size();
                UnusableCodingException unusable = applied.unusable();
                if (unusable == null) {
                    return;
                }
                FiguresLedger.Coded passed = rest.get(applied.outcomes().size());
                log.warn("Passing over {}-{}@{}: {}", Topics.RESPONSES_CODED.name(), passed.partition(),
                        passed.offset(), unusable.getMessage());
                rest = rest.subList(applied.outcomes().size() + 1, rest.size());
            }
        }

        @Override
        public void close() {
            consumer.close();
        }
    }

    /** How the last rebuild went, as operators see it. */
    record RebuildStatus(String state, @Nullable Long generation, @Nullable Instant startedAt,
            @Nullable Instant finishedAt, long codingsRead, @Nullable String failure) {

        static final RebuildStatus NONE = new RebuildStatus("none", null, null, null, 0, null);

        static RebuildStatus running(long generation) {
            return new RebuildStatus("running", generation, Instant.now(), null, 0, null);
        }

        boolean running() {
            return state.equals("running");
        }

        RebuildStatus progress(long codingsRead) {
            return new RebuildStatus(state, generation, startedAt, finishedAt, codingsRead, failure);
        }

        RebuildStatus switched(long codingsRead) {
            return new RebuildStatus("switched", generation, startedAt, Instant.now(), codingsRead, null);
        }

        RebuildStatus failed(String failure) {
            return new RebuildStatus("failed", generation, startedAt, Instant.now(), codingsRead, failure);
        }
    }
}
