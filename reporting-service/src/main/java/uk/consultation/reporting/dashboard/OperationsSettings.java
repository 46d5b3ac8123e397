package uk.consultation.reporting.dashboard;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param consumerGroups               each consumer group whose lag is shown, with the topic it reads
 * @param kafkaTimeout                 how long to wait for the broker's answer about offsets
 * @param uncountedRecordsPerPartition how many records past each group's committed offset are read for the oldest
 *                                     response not yet counted: the bound on that look's cost
 * @param sampleEvery                  one sample of the backlog per this much time, whichever instance takes it
 * @param trendOver                    how far back the samples go that say whether the backlog grows or shrinks
 */
@ConfigurationProperties("reporting.operations")
record OperationsSettings(Map<String, String> consumerGroups, Duration kafkaTimeout, int uncountedRecordsPerPartition,
        Duration sampleEvery, Duration trendOver) {

    OperationsSettings {
        consumerGroups = Map.copyOf(consumerGroups);
    }

    /** The group that reads the topic. */
    String groupReading(String topic) {
        return consumerGroups.entrySet().stream().filter(group -> group.getValue().equals(topic))
                .map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new IllegalStateException("No consumer group reading " + topic + " is configured"));
    }
}
