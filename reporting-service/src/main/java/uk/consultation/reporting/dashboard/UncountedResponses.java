package uk.consultation.reporting.dashboard;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Component;

import uk.consultation.reporting.live.FiguresChanged;
import uk.consultation.schemas.EventJson;
import uk.consultation.schemas.Topics;
import uk.consultation.schemas.coding.ResponseCoded;
import uk.consultation.schemas.response.ResponseReceived;

/**
 * The oldest response of each consultation that the figures do not yet count: either not yet coded (on
 * {@code responses-received} past the coding group's committed offset; the record's timestamp is intake's acceptance),
 * coded and waiting in the campaign step (on {@code responses-coded-ungrouped} past the {@code coding-campaigns}
 * group's committed offset, keyed by consultation), or coded and not yet counted (on {@code responses-coded} past
 * reporting's committed offset, which it commits once a poll is in the figures). A first coding carries the
 * acceptance in its {@code accepted-at} header on both coded topics; a recoding is no new response. A consumer of its
 * own, with no group, reads a bounded number of records from where each partition's group stands, so the cost does
 * not grow with the backlog.
 */
@Component
class UncountedResponses {

    private final KafkaBacklog backlog;
    private final KafkaProperties kafka;
    private final OperationsSettings settings;
    private final EventJson.Deserializer<ResponseReceived> responses = Topics.RESPONSES_RECEIVED.valueDeserializer();
    private final EventJson.Deserializer<ResponseCoded> codings = Topics.RESPONSES_CODED.valueDeserializer();

    UncountedResponses(KafkaBacklog backlog, KafkaProperties kafka, OperationsSettings settings) {
        this.backlog = backlog;
        this.kafka = kafka;
        this.settings = settings;
    }

    /**
     * @param acceptedAt when intake accepted the oldest one found
     * @param atLeast    the bound was reached on a partition where none of the consultation's was found: an older one
     *                   may lie beyond it
     */
    record Oldest(@Nullable Instant acceptedAt, boolean atLeast) {
    }

    /**
     * @param oldest by consultation id, for each consultation with an uncounted response found
     * @param cut    the bound was reached somewhere: a consultation with none found may still have one beyond it
     */
    record Found(Map<String, Oldest> oldest, boolean cut) {
    }

    Found oldest() throws ExecutionException, InterruptedException, TimeoutException {
        Map<TopicPartition, KafkaBacklog.Unread> unread = new HashMap<>();
        unread.putAll(backlog.unread(settings.groupReading(Topics.RESPONSES_RECEIVED.name())));
        unread.putAll(backlog.unread(settings.groupReading(Topics.RESPONSES_CODED_UNGROUPED.name())));
        unread.putAll(backlog.unread(settings.groupReading(Topics.RESPONSES_CODED.name())));
        Map<String, Instant> oldest = new HashMap<>();
        Map<TopicPartition, Set<String>> seen = new HashMap<>();
        Set<TopicPartition> cut = new HashSet<>();
        if (!unread.isEmpty()) {
            read(unread, oldest, seen, cut);
        }
        Map<String, Oldest> found = new HashMap<>();
        oldest.forEach((consultationId, acceptedAt) -> found.put(consultationId, new Oldest(acceptedAt,
                cut.stream().anyMatch(partition -> !seen.get(partition).contains(consultationId)))));
        return new Found(found, !cut.isEmpty());
    }

    private void read(Map<TopicPartition, KafkaBacklog.Unread> unread, Map<String, Instant> oldest,
            Map<TopicPartition, Set<String>> seen, Set<TopicPartition> cut) {
        Map<String, Object> properties = new HashMap<>(kafka.buildConsumerProperties());
        // Assigned, not subscribed, and never committed: it only looks.
        properties.remove(ConsumerConfig.GROUP_ID_CONFIG);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, settings.uncountedRecordsPerPartition() * unread.size());
        int bound = settings.uncountedRecordsPerPartition();
        Map<TopicPartition, Integer> taken = new HashMap<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(properties, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.assign(unread.keySet());
            unread.forEach((partition, range) -> {
                seen.put(partition, new HashSet<>());
                if (range.from() == null) {
                    consumer.seekToBeginning(Set.of(partition));
                } else {
                    consumer.seek(partition, range.from());
                }
            });
            Set<TopicPartition> open = new HashSet<>(unread.keySet());
            long deadline = System.nanoTime() + settings.kafkaTimeout().toNanos();
            while (!open.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (!open.contains(partition) || record.offset() >= unread.get(partition).end()) {
                        continue;
                    }
                    taken.merge(partition, 1, Integer::sum);
                    Sighting sighting = sighting(record);
                    if (sighting != null) {
                        seen.get(partition).add(sighting.consultationId());
                        oldest.merge(sighting.consultationId(), sighting.acceptedAt(),
                                (a, b) -> a.isBefore(b) ? a : b);
                    }
                }
                for (TopicPartition partition : Set.copyOf(open)) {
                    long position = consumer.position(partition);
                    if (position >= unread.get(partition).end()) {
                        open.remove(partition);
                    } else if (taken.getOrDefault(partition, 0) >= bound) {
                        cut.add(partition);
                        open.remove(partition);
                    }
                }
                consumer.pause(unread.keySet().stream().filter(partition -> !open.contains(partition)).toList());
            }
            // Not read to the end or the bound in time: as good as cut short.
            cut.addAll(open);
        }
    }

    private record Sighting(String consultationId, Instant acceptedAt) {
    }

    /** The consultation and acceptance time of a response not yet counted, if the record is one. */
    private @Nullable Sighting sighting(ConsumerRecord<byte[], byte[]> record) {
        try {
            if (record.topic().equals(Topics.RESPONSES_RECEIVED.name())) {
                ResponseReceived received = responses.deserialize(record.topic(), record.value());
                return received == null ? null
                        : new Sighting(received.consultationId(), Instant.ofEpochMilli(record.timestamp()));
            }
            if (record.topic().equals(Topics.RESPONSES_CODED_UNGROUPED.name())) {
                // Keyed by consultation; its value is coding-service's own, and the header says the rest.
                Instant acceptedAt = FiguresChanged.Coding.acceptedAt(record.headers());
                return acceptedAt == null || record.key() == null ? null
                        : new Sighting(new String(record.key(), StandardCharsets.UTF_8), acceptedAt);
            }
            ResponseCoded coded = codings.deserialize(record.topic(), record.value());
            if (coded == null) {
                return null;
            }
            Instant acceptedAt = FiguresChanged.Coding.acceptedAt(record.headers());
            return acceptedAt == null ? null : new Sighting(coded.consultationId(), acceptedAt);
        } catch (RuntimeException e) {
            // Unreadable: it goes to a dead-letter topic, and is never counted.
            return null;
        }
    }
}
