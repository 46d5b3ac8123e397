package uk.consultation.intake.receive;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

import uk.consultation.intake.kafka.EventPublisher;
import uk.consultation.schemas.consultation.ConsultationCatalog;
import uk.consultation.schemas.response.ResponseReceived;

/**
 * FOR BENCHMARKING ONLY, and off unless {@code intake.publishing.discard=true} (environment:
 * {@code INTAKE_PUBLISHING_DISCARD=true}). Every channel then runs exactly as usual — HTTP, JSON binding, validation,
 * building the event — but the response is confirmed without being published, so that the benchmark can measure the
 * same stack without the Kafka work and show what Kafka costs. A response confirmed in this mode is lost.
 */
@Primary
@Component
@ConditionalOnBooleanProperty("intake.publishing.discard")
class DiscardingResponseRecorder extends ResponseRecorder {

    private static final Logger log = LoggerFactory.getLogger(DiscardingResponseRecorder.class);

    DiscardingResponseRecorder(ConsultationCatalog catalog, EventPublisher publisher) {
        super(catalog, publisher);
        log.warn("""

                ************************************************************************************************
                intake.publishing.discard=true: responses are confirmed but NOT published to Kafka and are LOST.
                This mode exists only to benchmark the endpoint without Kafka. Never use it to receive responses.
                ************************************************************************************************""");
    }

    /** Confirms as {@link ResponseRecorder#record} does, with the same log line, but publishes nothing. */
    @Override
    public Receipt record(ResponseReceived response, @Nullable String name, @Nullable String email) {
        log.info("Discarded response {} to {} by {}{}", response.responseId(), response.consultationId(),
                response.channel().wireName(), response.late() ? " (late)" : "");
        return new Receipt(response.responseId(), response.reference(), response.receivedAt());
    }
}
