package uk.consultation.reporting.figures;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.AbstractConsumerSeekAware;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;

import uk.consultation.reporting.live.FiguresChanged;
import uk.consultation.schemas.coding.ResponseCoded;
import uk.consultation.schemas.consultation.ConsultationCatalog;
import uk.consultation.schemas.consultation.ConsultationDefinition;

/**
 * Counts coded responses into the figures, a poll at a time. Where to start reading comes from the progress kept with
 * the figures, not from the offsets committed to Kafka: the figures are the only record of what has been applied.
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

    /**
     * Applies a poll's codings in bulk. A record that can never be counted is named to the error handler, which
     * dead-letters it once the records before it are applied; the rest of the poll comes again and is applied then.
     */
    @KafkaListener(id = ID, idIsGroup = false,
            topics = "#{T(uk.consultation.schemas.Topics).RESPONSES_CODED.name()}",
            containerFactory = ListenerConfiguration.CONTAINER_FACTORY)
    void onCodings(List<ConsumerRecord<String, @Nullable ResponseCoded>> records) {
        List<FiguresLedger.Coded> usable = new ArrayList<>(records.size());
        RuntimeException unusable = null;
        for (ConsumerRecord<String, @Nullable ResponseCoded> record : records) {
            ResponseCoded coding = record.value();
            try {
                if (coding == null) {
                    throw new UnusableCodingException("No coding at " + record.topic() + "-" + record.partition()
                            + "@" + record.offset());
                }
                usable.add(new FiguresLedger.Coded(coding, definition(coding.consultationId()), record.partition(),
                        record.offset()));
            } catch (UnusableCodingException | UnknownConsultationException e) {
                unusable = e;
                break;
            }
        }
        FiguresLedger.Applied applied;
        try {
            applied = ledger.apply(usable);
        } catch (RuntimeException e) {
            // The store away, most likely: the poll again from its first record, which the error handler holds
            // back until the store answers. Whatever part of it was applied is recognised then.
            throw new BatchListenerFailedException("Applying " + usable.size() + " codings failed", e, 0);
        }
        List<FiguresChanged.Coding> changed = new ArrayList<>();
        for (int i = 0; i < applied.outcomes().size(); i++) {
            FiguresLedger.Outcome outcome = applied.outcomes().get(i);
            meters.counter(CODINGS, "outcome", outcome.name().toLowerCase(Locale.ROOT)).increment();
            if (outcome == FiguresLedger.Outcome.APPLIED) {
                changed.add(FiguresChanged.Coding.by(usable.get(i).coding(), records.get(i).headers()));
            }
        }
        if (!changed.isEmpty()) {
            // For the live stream, freshness and the operations figures; the figures themselves are done.
            events.publishEvent(new FiguresChanged(changed));
        }
        if (applied.unusable() != null) {
            unusable = applied.unusable();
        }
        if (unusable != null) {
            throw new BatchListenerFailedException(unusable.getMessage(), unusable, applied.outcomes().size());
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
