package uk.consultation.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;

class TopicsTest {

    private final Map<String, NewTopic> topics = Topics.newTopics(3, (short) 1).stream()
            .collect(Collectors.toMap(NewTopic::name, Function.identity()));

    @Test
    void responsesAndTheirCodingsAreKeptForEverByCompactionOnEveryPartition() {
        for (String name : new String[] {"responses-received", "responses-coded"}) {
            assertThat(topics.get(name).configs())
                    .containsEntry(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
            assertThat(topics.get(name).numPartitions()).isEqualTo(3);
        }
    }

    @Test
    void definitionsAndContactsAreCompactedOnOnePartition() {
        for (String name : new String[] {"consultations", "response-contacts"}) {
            assertThat(topics.get(name).configs())
                    .containsEntry(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
            assertThat(topics.get(name).numPartitions()).isEqualTo(1);
        }
    }

    @Test
    void reviewsAndScheduleChangesAreKeptForEver() {
        // a review forgotten after the broker's default 7 days would let a recoding overwrite the analyst's work
        for (String name : new String[] {"responses-reviewed", "consultation-changes"}) {
            assertThat(topics.get(name).configs()).containsEntry(TopicConfig.RETENTION_MS_CONFIG, "-1")
                    .doesNotContainKey(TopicConfig.CLEANUP_POLICY_CONFIG);
        }
    }

    /** Issue 16, point 7: no erasure reaches a quarantined message's record, whose subject may name its sender. */
    @Test
    void quarantinedMessagesAreKeptNinetyDays() {
        assertThat(topics.get("responses-quarantined").configs())
                .containsEntry(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(Duration.ofDays(90).toMillis()))
                .doesNotContainKey(TopicConfig.CLEANUP_POLICY_CONFIG);
    }

    @Test
    void everyTopicAndDeadLetterTopicTakesRecordsUpToTheOneLimit() {
        assertThat(topics.values()).hasSize(Topics.ALL.size() + Topics.CONSUMED_WITH_DEAD_LETTERS.size())
                .allSatisfy(topic -> assertThat(topic.configs())
                        .containsEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(Topics.MAX_RECORD_BYTES)));
        assertThat(Topics.MAX_RESPONSE_BYTES).isLessThan(Topics.MAX_RECORD_BYTES);
    }

    /** Issue 16, point 8: on a cluster of three, {@code acks=all} must mean two copies, not the leader alone. */
    @Test
    void withThreeReplicasEveryTopicNeedsTwoInSyncForAWrite() {
        assertThat(Topics.newTopics(3, (short) 3)).allSatisfy(topic -> assertThat(topic.configs())
                .containsEntry(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, "2"));
        assertThat(topics.values()).as("one broker: one copy is all there is").allSatisfy(topic ->
                assertThat(topic.configs()).containsEntry(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, "1"));
    }
}
