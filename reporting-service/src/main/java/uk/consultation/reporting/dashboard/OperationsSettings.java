package uk.consultation.reporting.dashboard;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param consumerGroups each consumer group whose lag is shown, with the topic it reads
 * @param kafkaTimeout   how long to wait for the broker's answer about offsets
 */
@ConfigurationProperties("reporting.operations")
record OperationsSettings(Map<String, String> consumerGroups, Duration kafkaTimeout) {

    OperationsSettings {
        consumerGroups = Map.copyOf(consumerGroups);
    }
}
