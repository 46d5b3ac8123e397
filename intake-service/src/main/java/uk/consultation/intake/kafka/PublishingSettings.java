package uk.consultation.intake.kafka;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How much publishing may wait on Kafka at once.
 *
 * @param maxInFlight        events sent and not yet acknowledged, beyond which a publish is refused at once rather
 *                           than queued, so that a broker outage cannot pile up request threads and memory
 * @param reservedPerChannel of those, how many each channel (and the consultation team's own events) always has for
 *                           itself, however many another channel is using ({@link PublishingPermits})
 */
@ConfigurationProperties("intake.publishing")
record PublishingSettings(int maxInFlight, int reservedPerChannel) {

    PublishingSettings {
        if (maxInFlight < 1 || reservedPerChannel < 1) {
            throw new IllegalArgumentException("intake.publishing.max-in-flight and reserved-per-channel must be at"
                    + " least 1, not " + maxInFlight + " and " + reservedPerChannel);
        }
    }
}
