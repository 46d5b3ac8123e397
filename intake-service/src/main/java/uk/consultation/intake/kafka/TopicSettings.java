package uk.consultation.intake.kafka;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** How the topics this service declares are laid out on the cluster. */
@ConfigurationProperties("topics")
record TopicSettings(int partitions, short replicas) {
}
