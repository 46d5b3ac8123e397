package uk.consultation.intake.receive;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

import uk.consultation.intake.kafka.EventPublisher;
import uk.consultation.schemas.consultation.ConsultationCatalog;
import uk.consultation.schemas.response.ResponseReceived;

/**
 * The benchmark's bare endpoint, which is never in intake-service's jar: the benchmark starts intake's executable jar
 * with the benchmark's jar on its class path ({@code loader.path}), where intake's component scan finds this recorder
 * in place of its own. Every channel then runs exactly as deployed (HTTP, JSON binding, validation, building the
 * event, the log line) but the response is confirmed without being published, so the benchmark can show what Kafka
 * costs. Written into this package because {@link ResponseRecorder} is open only to it.
 */
@NullMarked
@Primary
@Component
class BareResponseRecorder extends ResponseRecorder {

    private static final Logger log = LoggerFactory.getLogger(BareResponseRecorder.class);

    BareResponseRecorder(ConsultationCatalog catalog, EventPublisher publisher, KeyClaims keys) {
        super(catalog, publisher, keys);
        log.warn("The benchmark's bare endpoint: responses are confirmed but NOT published to Kafka");
    }

    /**
     * Confirms as {@link ResponseRecorder#record} does, with the same log line, but publishes nothing, not even the
     * key's claim.
     */
    @Override
    public Receipt record(ResponseReceived response, ResponseIdentity.@Nullable KeyUse keyUse, @Nullable String name,
            @Nullable String email) {
        log.info("Discarded response {} to {} by {}{}", response.responseId(), response.consultationId(),
                response.channel().wireName(), response.late() ? " (late)" : "");
        return new Receipt(response.responseId(), response.reference(), response.receivedAt());
    }
}
