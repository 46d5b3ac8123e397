package uk.consultation.coding.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.springframework.stereotype.Component;

import uk.consultation.coding.streams.StateQueries;
import uk.consultation.schemas.coding.ResponseCoded;
import uk.consultation.schemas.coding.ResponseReviewed;

/**
 * What analysts see of the review view ({@link ReviewView}), whichever instance they ask: a response's trail is read
 * where its partition is held, the queue and the agreement figures from every instance's part
 * ({@link StateQueries}). The part held here is served to the other instances at {@value #PARTS}.
 */
@Component
class ResponseReviews {

    /** Where an instance answers from the partitions it holds alone ({@link ReviewViewController}). */
    static final String PARTS = "/api/v1/review-view";

    private final ReviewSettings settings;
    private final StateQueries queries;

    ResponseReviews(ReviewSettings settings, StateQueries queries) {
        this.settings = settings;
        this.queries = queries;
    }

    /** One review in a response's audit trail: who changed what and when, and whether it was applied. */
    record Audit(ResponseReviewed review, boolean applied) {
    }

    /** A response's latest coding and its audit trail, oldest review first. */
    record Trail(ResponseCoded coding, List<Audit> reviews) {
    }

    /** An instance's part of a queue. */
    record Queue(List<ResponseCoded> codings) {
    }

    /** An instance's part of the reviewed responses: each one's applied reviews, oldest first. */
    record Reviewed(List<List<ResponseReviewed>> responses) {
    }

    Optional<Trail> trail(String responseId) {
        return queries.ofKey(ReviewView.STORE, responseId,
                (ReadOnlyKeyValueStore<String, ResponseUnderReview> store) -> localTrail(store, responseId), Trail.class,
                PARTS + "/responses/{responseId}", responseId);
    }

    /**
     * The consultation's codings an analyst should look at and has not, those most likely to hold errors first
     * ({@link QueueReasons#MOST_LIKELY_WRONG_FIRST}); an erased response has no text left to look at.
     */
    List<ResponseCoded> queue(String consultationId) {
        List<ResponseCoded> queue = new ArrayList<>();
        queries.ofEveryPartition(ReviewView.STORE, (ReadOnlyKeyValueStore<String, ResponseUnderReview> store) ->
                        localQueue(store, consultationId), Queue.class, PARTS + "/consultations/{consultationId}/queue",
                consultationId).forEach(part -> queue.addAll(part.codings()));
        queue.sort(QueueReasons.MOST_LIKELY_WRONG_FIRST);
        return queue;
    }

    /** The applied reviews of the consultation's reviewed responses, for agreement figures. */
    List<List<ResponseReviewed>> appliedReviews(String consultationId) {
        List<List<ResponseReviewed>> reviewed = new ArrayList<>();
        queries.ofEveryPartition(ReviewView.STORE, (ReadOnlyKeyValueStore<String, ResponseUnderReview> store) ->
                        localReviewed(store, consultationId), Reviewed.class,
                PARTS + "/consultations/{consultationId}/reviewed", consultationId)
                .forEach(part -> reviewed.addAll(part.responses()));
        return reviewed;
    }

    Optional<Trail> localTrail(String responseId) {
        return queries.readHere(ReviewView.STORE, responseId,
                (ReadOnlyKeyValueStore<String, ResponseUnderReview> store) -> localTrail(store, responseId));
    }

    Queue localQueue(String consultationId) {
        return queries.readHere(ReviewView.STORE,
                (ReadOnlyKeyValueStore<String, ResponseUnderReview> store) -> localQueue(store, consultationId));
    }

    Reviewed localReviewed(String consultationId) {
        return queries.readHere(ReviewView.STORE,
                (ReadOnlyKeyValueStore<String, ResponseUnderReview> store) -> localReviewed(store, consultationId));
    }

    private static Optional<Trail> localTrail(ReadOnlyKeyValueStore<String, ResponseUnderReview> store,
            String responseId) {
        return Optional.ofNullable(store.get(responseId)).map(ResponseUnderReview::trail);
    }

    private Queue localQueue(ReadOnlyKeyValueStore<String, ResponseUnderReview> store, String consultationId) {
        return new Queue(of(store, consultationId).stream().filter(held -> held.queued(settings.confidenceBelow()))
                .map(ResponseUnderReview::coding).toList());
    }

    private static Reviewed localReviewed(ReadOnlyKeyValueStore<String, ResponseUnderReview> store,
            String consultationId) {
        return new Reviewed(of(store, consultationId).stream().filter(ResponseUnderReview::reviewed)
                .map(ResponseUnderReview::applied).toList());
    }

    /** Every response of the consultation held here: one pass over the store. */
    private static List<ResponseUnderReview> of(ReadOnlyKeyValueStore<String, ResponseUnderReview> store,
            String consultationId) {
        List<ResponseUnderReview> held = new ArrayList<>();
        try (KeyValueIterator<String, ResponseUnderReview> all = store.all()) {
            while (all.hasNext()) {
                KeyValue<String, ResponseUnderReview> entry = all.next();
                if (entry.value.coding().consultationId().equals(consultationId)) {
                    held.add(entry.value);
                }
            }
        }
        return held;
    }
}
