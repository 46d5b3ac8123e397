package uk.consultation.intake.kafka;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How much publishing may wait on Kafka at once.
 *
 * @param maxInFlight events sent and not yet acknowledged, beyond which a publish is refused at once rather than
 *                    queued, so that a broker outage cannot pile up request threads and memory
 */
@ConfigurationProperties("intake.publishing")
record PublishingSettings(int maxInFlight) {

    PublishingSettings {
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("intake.publishing.max-in-flight must be at least 1, not " + maxInFlight);
        }
    }
}
