package uk.consultation.intake.kafka;

import uk.consultation.schemas.Topic;

/** Kafka did not acknowledge an event in time: nothing was confirmed, and the sender should try again later. */
public class KafkaUnavailableException extends RuntimeException {

    /** How long a sender should wait before trying again while Kafka is away, for the Retry-After header. */
    public static final String RETRY_AFTER_SECONDS = "10";

    public KafkaUnavailableException(Topic<?, ?> topic, Throwable cause) {
        super("Kafka did not acknowledge the event on " + topic.name(), cause);
    }

    KafkaUnavailableException(Topic<?, ?> topic, String reason) {
        super("The event on " + topic.name() + " was not sent: " + reason);
    }
}
