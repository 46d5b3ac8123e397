package uk.consultation.reporting.figures;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.AbstractConsumerSeekAware;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;

import uk.consultation.reporting.live.FiguresChanged;
import uk.consultation.schemas.coding.ResponseCoded;
import uk.consultation.schemas.consultation.ConsultationCatalog;
import uk.consultation.schemas.consultation.ConsultationDefinition;

/**
 * Counts each coded response into the figures. Where to start reading comes from the figures themselves, not from
 * the offsets committed to Kafka: the figures are the only record of what has been applied.
 */
@Component
class ResponsesCodedListener extends AbstractConsumerSeekAware {

    static final String ID = "responses-coded";
    /** Records taken off the topic, by what became of them. */
    static final String CODINGS = "reporting.codings";

    private static final Logger log = LoggerFactory.getLogger(ResponsesCodedListener.class);
    private static final Duration CATALOG_LOAD = Duration.ofSeconds(30);

    private final ConsultationCatalog catalog;
    private final FiguresLedger ledger;
    private final MeterRegistry meters;
    private final ApplicationEventPublisher events;

    ResponsesCodedListener(ConsultationCatalog catalog, FiguresLedger ledger, MeterRegistry meters,
            ApplicationEventPublisher events) {
        this.catalog = catalog;
        this.ledger = ledger;
        this.meters = meters;
        this.events = events;
    }

    @KafkaListener(id = ID, idIsGroup = false,
            topics = "#{T(uk.consultation.schemas.Topics).RESPONSES_CODED.name()}",
            containerFactory = ListenerConfiguration.CONTAINER_FACTORY)
    void onCoding(ConsumerRecord<String, @Nullable ResponseCoded> record) {
        ResponseCoded coding = record.value();
        if (coding == null) {
            throw new UnusableCodingException("No coding at " + record.topic() + "-" + record.partition()
                    + "@" + record.offset());
        }
        try (MDC.MDCCloseable id = MDC.putCloseable("responseId", coding.responseId())) {
            FiguresLedger.Outcome outcome = ledger.record(coding, definition(coding.consultationId()),
                    record.partition(), record.offset());
            meters.counter(CODINGS, "outcome", outcome.name().toLowerCase(Locale.ROOT)).increment();
            if (outcome == FiguresLedger.Outcome.APPLIED) {
                // For the live stream, freshness and the operations figures; the figures themselves are done.
                events.publishEvent(FiguresChanged.by(coding, record.headers()));
            }
        }
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        super.onPartitionsAssigned(assignments, callback);
        Map<Integer, Long> applied = ledger.appliedOffsets();
        assignments.keySet().forEach(partition -> {
            Long last = applied.get(partition.partition());
            if (last == null) {
                callback.seekToBeginning(partition.topic(), partition.partition());
            } else {
                callback.seek(partition.topic(), partition.partition(), last + 1);
            }
        });
        log.info("Reading {} after the offsets the figures hold: {}", assignments.keySet(), applied);
    }

    private ConsultationDefinition definition(String consultationId) {
        if (catalog.find(consultationId).isEmpty() && !catalog.isCaughtUp()) {
            try {
                catalog.awaitCaughtUp(CATALOG_LOAD);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted waiting for the consultation catalog", e);
            }
        }
        return catalog.find(consultationId).orElseThrow(() -> new UnknownConsultationException(consultationId));
    }
}
