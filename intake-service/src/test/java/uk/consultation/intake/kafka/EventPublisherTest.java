package uk.consultation.intake.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
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
import uk.consultation.schemas.Channel;
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

    /** A reserved permit for each channel and for the team, and one shared: five in all. */
    private final EventPublisher publisher =
            new EventPublisher(new KafkaTemplate<>(producers), new PublishingSettings(5, 1), meters);

    private final List<Thread> inFlight = new ArrayList<>();
    private final AtomicReference<Throwable> inFlightFailure = new AtomicReference<>();

    @Test
    void refusesAtOnceWhenTheLimitIsWaitingForKafka() throws InterruptedException {
        holdInFlight(() -> publisher.publish(Topics.RESPONSE_CONTACTS, "r-1", contact("r-1")));
        holdInFlight(() -> publisher.publish(Topics.RESPONSE_CONTACTS, "r-2", contact("r-2")));
        assertThat(meters.get("intake.publishing.in.flight").gauge().value()).isEqualTo(2);

        assertThatThrownBy(() -> publisher.publish(Topics.RESPONSE_CONTACTS, "r-3", contact("r-3")))
                .isInstanceOf(KafkaUnavailableException.class)
                .hasMessageContaining("already waiting for Kafka");
        assertThat(refused("limit")).isEqualTo(1);
        assertThat(inFlight).as("the refusal did not wait for the publishes in flight").allMatch(Thread::isAlive);

        releaseInFlight();
        assertThat(inFlightFailure.get()).isInstanceOf(KafkaUnavailableException.class);
        assertThat(refused("unacknowledged")).isEqualTo(2);
        assertThat(meters.get("intake.publishing.in.flight").gauge().value()).isZero();
    }

    @Test
    void aFloodOfOnlineResponsesLeavesTheOtherChannelsTheirShare() throws InterruptedException {
        holdInFlight(() -> publisher.publish(Channel.ONLINE, Topics.RESPONSE_CONTACTS, "r-1", contact("r-1")));
        holdInFlight(() -> publisher.publish(Channel.ONLINE, Topics.RESPONSE_CONTACTS, "r-2", contact("r-2")));
        assertThatThrownBy(() -> publisher.publish(Channel.ONLINE, Topics.RESPONSE_CONTACTS, "r-3", contact("r-3")))
                .isInstanceOf(KafkaUnavailableException.class)
                .hasMessageContaining("online events' share");

        // taken, and waiting for the broker like the online ones, not refused
        holdInFlight(() -> publisher.publish(Channel.LETTER, Topics.RESPONSE_CONTACTS, "r-4", contact("r-4")));
        holdInFlight(() -> publisher.publish(Channel.EMAIL, Topics.RESPONSE_CONTACTS, "r-5", contact("r-5")));
        holdInFlight(() -> publisher.publish(Topics.RESPONSE_CONTACTS, "r-6", contact("r-6")));
        assertThat(meters.get("intake.publishing.in.flight").gauge().value()).isEqualTo(5);
        assertThat(refused("limit")).isEqualTo(1);

        releaseInFlight();
        assertThat(meters.get("intake.publishing.in.flight").gauge().value()).isZero();
    }

    /** Starts a publish and returns once it holds its permit and waits for the broker that never answers. */
    private void holdInFlight(Runnable publish) throws InterruptedException {
        // Created up front, so that the publish goes straight into its wait for the broker
        producers.createProducer();
        Thread thread = new Thread(() -> {
            try {
                publish.run();
            } catch (RuntimeException e) {
                inFlightFailure.set(e);
            }
        });
        thread.start();
        inFlight.add(thread);
        // The only timed wait on a publish's way to the broker is the producer's wait for metadata
        while (thread.getState() != Thread.State.TIMED_WAITING) {
            assertThat(thread.isAlive()).as("the publish is still waiting: " + inFlightFailure.get()).isTrue();
            Thread.sleep(10);
        }
    }

    /** Closing the producer ends every wait, each publish with a failure. */
    private void releaseInFlight() throws InterruptedException {
        producers.destroy();
        for (Thread thread : inFlight) {
            thread.join();
        }
    }

    private double refused(String reason) {
        return meters.get("intake.publishing.refused").tag("reason", reason).counter().count();
    }

    private static ResponseContact contact(String responseId) {
        return new ResponseContact(responseId, "integrated-communities-2018", "Ann Example", "ann@example.org", "ABCD-EFGH");
    }
}
