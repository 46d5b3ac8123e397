package uk.consultation.intake.kafka;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.jspecify.annotations.Nullable;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import uk.consultation.schemas.Channel;
import uk.consultation.schemas.Topic;
import uk.consultation.schemas.response.ResponseReceived;

/**
 * Publishes an event and returns only once the broker has acknowledged it (acks=all, idempotent producer), so that
 * whatever intake confirms to a respondent is durably in Kafka. At most {@code intake.publishing.max-in-flight}
 * events wait for their acknowledgement at once, each channel with a share of its own ({@link PublishingPermits});
 * beyond that a publish is refused immediately. An event larger than
 * the producer's {@code max.request.size} is refused for good ({@link EventTooLargeException}), not as an outage:
 * the producer measures the record as serialized, so no size is estimated here.
 */
@Component
public class EventPublisher {

    /**
     * Longer than the producer's delivery timeout, so the producer gives its own answer first: by the time a permit is
     * released the producer has let go of the record, and the limit bounds its buffer as well as our threads.
     */
    private static final Duration ACKNOWLEDGEMENT_WAIT = Duration.ofSeconds(15);

    private final KafkaTemplate<String, Object> kafka;
    private final int maxRecordBytes;
    private final PublishingPermits permits;
    private final Counter refusedAtLimit;
    private final Counter unacknowledged;
    private final Map<Channel, Counter> responses = new EnumMap<>(Channel.class);

    EventPublisher(KafkaTemplate<String, Object> kafka, PublishingSettings settings, MeterRegistry meters) {
        this.kafka = kafka;
        this.maxRecordBytes = Integer.parseInt(String.valueOf(kafka.getProducerFactory().getConfigurationProperties()
                .getOrDefault(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 1024 * 1024)));
        this.permits = new PublishingPermits(settings);
        Gauge.builder("intake.publishing.in.flight", permits, PublishingPermits::inFlight)
                .description("Events sent to Kafka and waiting for its acknowledgement")
                .register(meters);
        this.refusedAtLimit = refused(meters, "limit");
        this.unacknowledged = refused(meters, "unacknowledged");
        for (Channel channel : Channel.values()) {
            responses.put(channel, Counter.builder("intake.responses")
                    .description("Responses Kafka has acknowledged, by channel: the intake rate (a client's retry of"
                            + " the same response counts again)")
                    .tag("channel", channel.wireName())
                    .register(meters));
        }
    }

    private static Counter refused(MeterRegistry meters, String reason) {
        return Counter.builder("intake.publishing.refused")
                .description("Events not published, so their requests were answered 503")
                .tag("reason", reason)
                .register(meters);
    }

    /** One of the consultation team's own events (a definition, a change of its dates), under the team's share. */
    public <V> void publish(Topic<String, V> topic, String key, V event) {
        send(null, topic, key, event);
    }

    /** An event of a response, or of mail, that came by this channel, under the channel's share. */
    public <V> void publish(Channel channel, Topic<String, V> topic, String key, V event) {
        send(channel, topic, key, event);
    }

    /**
     * A null value for the key, once the broker has it: on a compacted topic, what removes the key's every record
     * (an erasure). Readers take it as the end of the key.
     */
    public void publishTombstone(Topic<String, ?> topic, String key) {
        send(null, topic, key, null);
    }

    private void send(@Nullable Channel channel, Topic<String, ?> topic, String key, @Nullable Object event) {
        // Refused rather than queued: while the broker is away, a queue would only hold threads and memory for nothing.
        Semaphore permit = permits.take(channel);
        if (permit == null) {
            refusedAtLimit.increment();
            throw new KafkaUnavailableException(topic, (channel == null ? "the team's" : channel.wireName())
                    + " events' share of the " + permits.total() + " publishes in flight is already waiting for Kafka");
        }
        try {
            kafka.send(topic.name(), key, event).get(ACKNOWLEDGEMENT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            if (event instanceof ResponseReceived response) {
                responses.get(response.channel()).increment();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            unacknowledged.increment();
            throw new KafkaUnavailableException(topic, e);
        } catch (ExecutionException | TimeoutException | KafkaException
                | org.springframework.kafka.KafkaException e) {
            if (tooLarge(e)) {
                throw new EventTooLargeException(topic, maxRecordBytes, e);
            }
            // Spring's: how KafkaTemplate reports a send() that failed at once, e.g. no metadata within max.block.ms
            unacknowledged.increment();
            throw new KafkaUnavailableException(topic, e);
        } finally {
            permit.release();
        }
    }

    /** The producer's own size check, or the broker's, wherever in the chain of causes Spring put it. */
    private static boolean tooLarge(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RecordTooLargeException) {
                return true;
            }
        }
        return false;
    }
}
