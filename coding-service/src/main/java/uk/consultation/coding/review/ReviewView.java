package uk.consultation.coding.review;

import java.time.Instant;
import java.util.Objects;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uk.consultation.coding.review.ResponseUnderReview.Outcome;
import uk.consultation.coding.review.ResponseUnderReview.ReadFrom;
import uk.consultation.schemas.coding.ResponseCoded;
import uk.consultation.schemas.coding.ResponseReviewed;

/**
 * The review view, in Kafka Streams: one entry per response ({@link ResponseUnderReview}) in the store
 * {@value #STORE}, partitioned by response id as {@code responses-coded}, {@code responses-reviewed} and
 * {@code responses-received} are, so that a response's codings, reviews and erasure all reach the instance holding its
 * entry. Reviews and erasures are applied there, and the coding each makes is published through the campaign step.
 *
 * <p>Runs at least once. A record's outcome is one write of its response's entry, then the coding it makes: after a
 * crash the record is processed again and either finds the entry as it was (and does the same again) or as it left it,
 * and then publishes the same coding again ({@link ResponseUnderReview#publishedBy}). A coding published twice is the
 * same version with the same content: reporting keeps one, and the campaign step passes it on as it did the first.
 */
final class ReviewView {

    static final String STORE = "response-reviews";

    private static final Logger log = LoggerFactory.getLogger(ReviewView.class);

    private ReviewView() {
    }

    /** What one input does to its response's entry. */
    private abstract static class Step<V> implements Processor<String, V, String, ResponseCoded> {

        private @Nullable ProcessorContext<String, ResponseCoded> context;
        private @Nullable KeyValueStore<String, ResponseUnderReview> store;

        @Override
        public void init(ProcessorContext<String, ResponseCoded> context) {
            this.context = context;
            this.store = context.getStateStore(STORE);
        }

        final KeyValueStore<String, ResponseUnderReview> store() {
            return Objects.requireNonNull(store);
        }

        final ReadFrom here() {
            RecordMetadata metadata = Objects.requireNonNull(context).recordMetadata().orElseThrow();
            return new ReadFrom(metadata.topic(), metadata.partition(), metadata.offset());
        }

        /** Writes the entry first, then publishes: see {@link ReviewView} for why that order is safe. */
        final void settle(String responseId, Outcome outcome, Record<String, V> record) {
            store().put(responseId, outcome.next());
            outcome.publish().ifPresent(coding -> Objects.requireNonNull(context)
                    .forward(new Record<>(responseId, coding, record.timestamp())));
        }
    }

    /** Each coding on {@code responses-coded}: the response's latest, unless lower than the one held. */
    static final class Codings extends Step<ResponseCoded> {

        @Override
        public void process(Record<String, ResponseCoded> record) {
            ResponseCoded coded = record.value();
            store().put(coded.responseId(), ResponseUnderReview.coded(store().get(coded.responseId()), coded));
        }
    }

    /** Each review on {@code responses-reviewed}, decided against the response's latest coding. */
    static final class Reviews extends Step<ResponseReviewed> {

        @Override
        public void process(Record<String, ResponseReviewed> record) {
            ResponseReviewed review = record.value();
            ResponseUnderReview held = store().get(review.responseId());
            if (held == null) {
                // A review is submitted against the coding this very task holds, so its coding was read first
                log.warn("Review {} of response {} not applied: no coding of the response is known", review.reviewId(),
                        review.responseId());
                return;
            }
            Outcome outcome = held.decide(review, here());
            if (outcome.publish().isEmpty()) {
                log.info("Review {} of response {} not applied: already applied, or version {} is no longer the "
                        + "latest", review.reviewId(), review.responseId(), review.version());
            }
            settle(review.responseId(), outcome, record);
        }
    }

    /**
     * Each erasure's tombstone on {@code responses-received} (responses themselves pass by): the response's next coding
     * has no text.
     */
    static final class Erasures extends Step<byte @Nullable []> {

        @Override
        public void process(Record<String, byte @Nullable []> record) {
            if (record.value() != null) {
                return;
            }
            ResponseUnderReview held = store().get(record.key());
            if (held == null) {
                return;
            }
            Outcome outcome = held.erase(here(), Instant.ofEpochMilli(record.timestamp()));
            settle(record.key(), outcome, record);
            outcome.publish().ifPresent(erased -> log.info("Erased the text of response {}", erased.responseId()));
        }
    }
}
