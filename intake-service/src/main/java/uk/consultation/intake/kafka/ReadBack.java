package uk.consultation.intake.kafka;

import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Component;

import uk.consultation.schemas.Topic;

/**
 * Reads a topic from the beginning to the end it has when asked, without a consumer group. Intake's one store is the
 * claims of keys ({@code receive.KeyClaims}), looked up on every keyed response: where it needs what else it wrote
 * (erasure, saved import mappings), it reads it back from the log, with its own Kafka settings.
 */
@Component
public class ReadBack {

    private final KafkaProperties kafkaProperties;

    ReadBack(KafkaProperties kafkaProperties) {
        this.kafkaProperties = kafkaProperties;
    }

    /** Hands each record, tombstones included, to {@code each}, a partition's records in the order written. */
    public void readToEnd(Topic<String, ?> topic, Consumer<ConsumerRecord<String, byte[]>> each) {
        uk.consultation.schemas.TopicReader.readToEnd(kafkaProperties.buildConsumerProperties(), topic, each);
    }
}
