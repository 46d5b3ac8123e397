package uk.consultation.coding.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import uk.consultation.coding.review.ResponseReviews.Audit;
import uk.consultation.coding.review.ResponseReviews.Trail;
import uk.consultation.schemas.coding.ResponseCoded;
import uk.consultation.schemas.coding.ResponseReviewed;

/**
 * What the review view holds of one response, one entry of its store: the latest coding and the audit trail, oldest
 * review first. A review applies only to the coding version it names, and only the first review of a version does.
 *
 * @param publishedBy the input record whose processing last published a coding of the response (a review, an erasure):
 *                    read again after a crash, it publishes that coding again, as the crash may have lost it
 */
record ResponseUnderReview(ResponseCoded coding, List<Audit> reviews, @Nullable ReadFrom publishedBy) {

    /** Where a record was read from: the same record read again after a crash has the same. */
    record ReadFrom(String topic, int partition, long offset) {
    }

    /** What processing one record leaves: the response's entry, and the coding to publish, if any. */
    record Outcome(ResponseUnderReview next, Optional<ResponseCoded> publish) {
    }

    /**
     * A coding published for the response. A lower version than the one held is an automatic coding racing a review
     * (or a recoding of an erased response) and changes nothing.
     */
    static ResponseUnderReview coded(@Nullable ResponseUnderReview held, ResponseCoded coded) {
        if (held == null) {
            return new ResponseUnderReview(coded, List.of(), null);
        }
        return coded.version() >= held.coding.version() ? new ResponseUnderReview(coded, held.reviews, held.publishedBy)
                : held;
    }

    /**
     * A review: the coding it makes, if it applies. One that names a version no longer the latest is kept in the trail
     * as not applied; one already in the trail (a redelivery) is passed over, unless it is the very record that
     * published the latest coding, read again after a crash.
     */
    Outcome decide(ResponseReviewed review, ReadFrom here) {
        if (has(review)) {
            return new Outcome(this, here.equals(publishedBy) ? Optional.of(coding) : Optional.empty());
        }
        List<Audit> trail = new ArrayList<>(reviews);
        if (review.version() != coding.version()) {
            trail.add(new Audit(review, false));
            return new Outcome(new ResponseUnderReview(coding, trail, publishedBy), Optional.empty());
        }
        ResponseCoded reviewed = ReviewedCoding.of(coding, review);
        trail.add(new Audit(review, true));
        return new Outcome(new ResponseUnderReview(reviewed, trail, here), Optional.of(reviewed));
    }

    /**
     * The response's text was erased: its next coding, with no text, counted as before, dated when it was erased.
     * Nothing for a response already erased, unless this is the record that erased it, read again after a crash.
     */
    Outcome erase(ReadFrom here, Instant erasedAt) {
        if (coding.erased()) {
            return new Outcome(this, here.equals(publishedBy) ? Optional.of(coding) : Optional.empty());
        }
        ResponseCoded erased = coding.erased(erasedAt);
        return new Outcome(new ResponseUnderReview(erased, reviews, here), Optional.of(erased));
    }

    Trail trail() {
        return new Trail(coding, reviews);
    }

    /** Whether an analyst has reviewed it: automatic coding leaves it as it is. */
    boolean reviewed() {
        return reviews.stream().anyMatch(Audit::applied);
    }

    /** The reviews applied, for agreement figures. */
    List<ResponseReviewed> applied() {
        return reviews.stream().filter(Audit::applied).map(Audit::review).toList();
    }

    /**
     * Whether an analyst should look at it and has not: it has a reason to be looked at ({@link QueueReasons}: flagged,
     * or its respondent type or an answer coded with a (calibrated) confidence below {@code confidenceBelow}); an
     * erased response has no text left to look at. A theme's score is a closeness in meaning, not a chance of being
     * right, and does not count: an answer that fits no theme is flagged.
     */
    boolean queued(double confidenceBelow) {
        return !reviewed() && !coding.erased() && !QueueReasons.of(coding, confidenceBelow).isEmpty();
    }

    private boolean has(ResponseReviewed review) {
        return reviews.stream().anyMatch(audit -> audit.review().reviewId().equals(review.reviewId()));
    }
}
