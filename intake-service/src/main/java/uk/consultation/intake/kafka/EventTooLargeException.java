package uk.consultation.intake.kafka;

import uk.consultation.schemas.Topic;

/**
 * The event is larger than a Kafka record may be, so it was not sent, and sending it again will never succeed. Its
 * message is safe to show: it gives only the limit.
 */
public class EventTooLargeException extends RuntimeException {

    EventTooLargeException(Topic<?, ?> topic, int limitBytes, Throwable cause) {
        super("The response is larger than the " + limitBytes + " bytes (" + limitBytes / (1024 * 1024)
                + " MB) Kafka takes as one " + topic.name() + " record", cause);
    }
}
