package uk.consultation.intake.kafka;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.common.KafkaException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import uk.consultation.schemas.Topic;

/**
 * Publishes an event and returns only once the broker has acknowledged it (acks=all, idempotent producer), so that
 * whatever intake confirms to a respondent is durably in Kafka.
 */
@Component
public class EventPublisher {

    /** Longer than the producer's delivery timeout, so the producer gives its own answer first. */
    private static final Duration ACKNOWLEDGEMENT_WAIT = Duration.ofSeconds(15);

    private final KafkaTemplate<String, Object> kafka;

    EventPublisher(KafkaTemplate<String, Object> kafka) {
        this.kafka = kafka;
    }

    public <V> void publish(Topic<String, V> topic, String key, V event) {
        try {
            kafka.send(topic.name(), key, event).get(ACKNOWLEDGEMENT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaUnavailableException(topic, e);
        } catch (ExecutionException | TimeoutException | KafkaException
                | org.springframework.kafka.KafkaException e) {
            // The template wraps what the producer throws at once, e.g. no metadata within max.block.ms
            throw new KafkaUnavailableException(topic, e);
        }
    }
}
