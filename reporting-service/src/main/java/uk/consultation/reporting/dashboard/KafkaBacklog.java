package uk.consultation.reporting.dashboard;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

import uk.consultation.schemas.Topic;
import uk.consultation.schemas.Topics;

/** What waits in Kafka: each consumer group's lag (end offsets less committed ones) and the dead letters. */
@Component
class KafkaBacklog implements DisposableBean {

    private final Admin admin;
    private final OperationsSettings settings;

    KafkaBacklog(KafkaAdmin kafkaAdmin, OperationsSettings settings) {
        this.admin = Admin.create(kafkaAdmin.getConfigurationProperties());
        this.settings = settings;
    }

    /** Records each group has still to read of its topic, by group id; a group that has committed nothing owes all. */
    Map<String, Long> consumerLag() throws ExecutionException, InterruptedException, TimeoutException {
        Map<String, Long> lag = new TreeMap<>();
        for (String group : settings.consumerGroups().keySet()) {
            long behind = 0;
            for (Unread unread : unread(group).values()) {
                behind += unread.records();
            }
            lag.put(group, behind);
        }
        return lag;
    }

    /**
     * Where the group's unread records of its topic begin and end, by partition, for the partitions it has not read
     * to the end; {@code from} is null where the group has committed nothing.
     */
    Map<TopicPartition, Unread> unread(String group) throws ExecutionException, InterruptedException, TimeoutException {
        Map<TopicPartition, Long> ends = endOffsets(List.of(settings.consumerGroups().get(group)));
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(timeout(), TimeUnit.MILLISECONDS);
        Map<TopicPartition, Unread> unread = new HashMap<>();
        ends.forEach((partition, end) -> {
            OffsetAndMetadata position = committed.get(partition);
            Long from = position == null ? null : position.offset();
            if (end > (from == null ? 0 : from)) {
                unread.put(partition, new Unread(from, end));
            }
        });
        return unread;
    }

    /** @param from the group's committed offset, or null: from the beginning */
    record Unread(@Nullable Long from, long end) {

        long records() {
            return end - (from == null ? 0 : from);
        }
    }

    /** How many records each dead-letter topic has ever received, by topic. */
    Map<String, Long> deadLetters() throws ExecutionException, InterruptedException, TimeoutException {
        Map<String, Long> counts = new TreeMap<>();
        List<String> topics = Topics.CONSUMED_WITH_DEAD_LETTERS.stream().map(Topic::deadLetterTopic).toList();
        endOffsets(topics).forEach((partition, end) -> counts.merge(partition.topic(), end, Long::sum));
        topics.forEach(topic -> counts.putIfAbsent(topic, 0L));
        return counts;
    }

    private Map<TopicPartition, Long> endOffsets(Collection<String> topics)
            throws ExecutionException, InterruptedException, TimeoutException {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        admin.describeTopics(topics).allTopicNames().get(timeout(), TimeUnit.MILLISECONDS).values()
                .forEach(topic -> topic.partitions().forEach(partition -> latest.put(
                        new TopicPartition(topic.name(), partition.partition()), OffsetSpec.latest())));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> found = admin.listOffsets(latest).all()
                .get(timeout(), TimeUnit.MILLISECONDS);
        Map<TopicPartition, Long> ends = new HashMap<>();
        found.forEach((partition, info) -> ends.put(partition, info.offset()));
        return ends;
    }

    private long timeout() {
        return settings.kafkaTimeout().toMillis();
    }

    @Override
    public void destroy() {
        // Admin's own close waits without end for calls in flight, which keeps a stop waiting when the broker is away.
        admin.close(settings.kafkaTimeout());
    }
}
