package uk.consultation.intake.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import uk.consultation.localstack.FreePorts;
import uk.consultation.schemas.EventJson;
import uk.consultation.schemas.Topics;
import uk.consultation.schemas.response.ResponseContact;

/**
 * The limit on publishes in flight, with a real producer whose broker never answers: nothing listens on its port, so a
 * send waits for the cluster's metadata until the producer is closed. That holds a publish in flight for as long as
 * the test needs, without a test double.
 */
class EventPublisherTest {

    private final MeterRegistry meters = new SimpleMeterRegistry();

    private final DefaultKafkaProducerFactory<String, Object> producers = new DefaultKafkaProducerFactory<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + FreePorts.find(),
            // longer than the test takes: only closing the producer ends the wait
            ProducerConfig.MAX_BLOCK_MS_CONFIG, 120_000,
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, EventJson.Serializer.class));

    private final EventPublisher publisher =
            new EventPublisher(new KafkaTemplate<>(producers), new PublishingSettings(1), meters);

    @Test
    void refusesAtOnceWhenTheLimitIsWaitingForKafka() throws InterruptedException {
        // Created up front, so that the first publish goes straight into its wait for the broker
        producers.createProducer();
        AtomicReference<Throwable> firstFailure = new AtomicReference<>();
        Thread first = new Thread(() -> {
            try {
                publisher.publish(Topics.RESPONSE_CONTACTS, "r-1", contact("r-1"));
            } catch (RuntimeException e) {
                firstFailure.set(e);
            }
        });
        first.start();
        // The only timed wait on a publish's way to the broker is the producer's wait for metadata
        while (first.getState() != Thread.State.TIMED_WAITING) {
            assertThat(first.isAlive()).as("the first publish is still waiting").isTrue();
            Thread.sleep(10);
        }
        assertThat(meters.get("intake.publishing.in.flight").gauge().value()).isEqualTo(1);

        assertThatThrownBy(() -> publisher.publish(Topics.RESPONSE_CONTACTS, "r-2", contact("r-2")))
                .isInstanceOf(KafkaUnavailableException.class)
                .hasMessageContaining("already waiting for Kafka");
        assertThat(refused("limit")).isEqualTo(1);
        assertThat(first.isAlive()).as("the refusal did not wait for the publish in flight").isTrue();

        producers.destroy();
        first.join();
        assertThat(firstFailure.get()).isInstanceOf(KafkaUnavailableException.class);
        assertThat(refused("unacknowledged")).isEqualTo(1);
        assertThat(meters.get("intake.publishing.in.flight").gauge().value()).isZero();
    }

    private double refused(String reason) {
        return meters.get("intake.publishing.refused").tag("reason", reason).counter().count();
    }

    private static ResponseContact contact(String responseId) {
        return new ResponseContact(responseId, "integrated-communities-2018", "Ann Example", "ann@example.org", "ABCD-EFGH");
    }
}
