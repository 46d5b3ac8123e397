package uk.consultation.intake.kafka;

import uk.consultation.schemas.Topic;

/** Kafka did not acknowledge an event in time: nothing was confirmed, and the sender should try again later. */
public class KafkaUnavailableException extends RuntimeException {

    public KafkaUnavailableException(Topic<?, ?> topic, Throwable cause) {
        super("Kafka did not acknowledge the event on " + topic.name(), cause);
    }

    KafkaUnavailableException(Topic<?, ?> topic, String reason) {
        super("The event on " + topic.name() + " was not sent: " + reason);
    }
}
