package uk.consultation.coding.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import uk.consultation.schemas.coding.CodingFlags;
import uk.consultation.schemas.coding.ResponseCoded;
import uk.consultation.schemas.coding.ResponseReviewed;

/**
 * The latest coding of every response with its reviews, in memory: rebuilt at start from {@code responses-coded} and
 * {@code responses-reviewed} (see {@link ReviewLoader}), then kept current by the codings this service publishes and
 * the reviews it applies. A review applies only to the coding version it names, and only the first review of a
 * version does: the same rule whether it is applied live or read back, so a restart tells the same story.
 */
@Component
public class ResponseReviews {

    private final ReviewSettings settings;
    private final Map<String, Entry> entries = new HashMap<>();

    ResponseReviews(ReviewSettings settings) {
        this.settings = settings;
    }

    /** One review in a response's audit trail: who changed what and when, and whether it was applied. */
    record Audit(ResponseReviewed review, boolean applied) {
    }

    /** A response's latest coding and its audit trail, oldest review first. */
    record Trail(ResponseCoded coding, List<Audit> reviews) {
    }

    /** A review to publish the coding of, as decided. */
    record Application(ResponseReviewed review, ResponseCoded coding) {
    }

    private static final class Entry {
        private ResponseCoded latest;
        private final List<Audit> trail = new ArrayList<>();
        /** While reading back: the version the next review must name to apply. */
        private @Nullable Integer readBackVersion;

        private Entry(ResponseCoded latest) {
            this.latest = latest;
        }

        private boolean reviewed() {
            return trail.stream().anyMatch(Audit::applied);
        }

        private boolean has(ResponseReviewed review) {
            return trail.stream().anyMatch(audit -> audit.review().reviewId().equals(review.reviewId()));
        }
    }

    /**
     * A coding published for the response. A lower version than the one held is an automatic coding racing a review
     * (or an old record read back) and changes nothing.
     */
    public synchronized void remember(ResponseCoded coded) {
        Entry entry = entries.get(coded.responseId());
        if (entry == null) {
            entries.put(coded.responseId(), new Entry(coded));
        } else if (coded.version() >= entry.latest.version()) {
            entry.latest = coded;
        }
    }

    /** The response's coding if an analyst has reviewed it: automatic coding must leave it as it is. */
    public synchronized Optional<ResponseCoded> reviewed(String responseId) {
        Entry entry = entries.get(responseId);
        return entry != null && entry.reviewed() ? Optional.of(entry.latest) : Optional.empty();
    }

    /**
     * The response's coding if automatic coding must leave it as it is: an analyst reviewed it, or its text was erased
     * (a recoding may still read the response's text before compaction removes it).
     */
    public synchronized Optional<ResponseCoded> settled(String responseId) {
        Entry entry = entries.get(responseId);
        return entry != null && (entry.reviewed() || entry.latest.erased()) ? Optional.of(entry.latest)
                : Optional.empty();
    }

    /** The response's latest coding, if it has been coded. */
    public synchronized Optional<ResponseCoded> latest(String responseId) {
        Entry entry = entries.get(responseId);
        return entry == null ? Optional.empty() : Optional.of(entry.latest);
    }

    synchronized Optional<Trail> trail(String responseId) {
        Entry entry = entries.get(responseId);
        return entry == null ? Optional.empty() : Optional.of(new Trail(entry.latest, List.copyOf(entry.trail)));
    }

    /**
     * The consultation's codings an analyst should look at and has not, earliest received first; an erased response
     * has no text left to look at.
     */
    synchronized List<ResponseCoded> queue(String consultationId) {
        return entries.values().stream()
                .filter(entry -> entry.latest.consultationId().equals(consultationId) && !entry.reviewed()
                        && !entry.latest.erased() && needsReview(entry.latest))
                .map(entry -> entry.latest)
                .sorted(Comparator.comparing(ResponseCoded::receivedAt).thenComparing(ResponseCoded::responseId))
                .toList();
    }

    /** The audit trails of the consultation's reviewed responses, for agreement figures. */
    synchronized List<List<ResponseReviewed>> appliedReviews(String consultationId) {
        return entries.values().stream()
                .filter(entry -> entry.latest.consultationId().equals(consultationId) && entry.reviewed())
                .map(entry -> entry.trail.stream().filter(Audit::applied).map(Audit::review).toList())
                .toList();
    }

    /**
     * A review arriving live: the coding to publish if it applies. One that names a version no longer the latest is
     * kept in the trail as not applied; one already in the trail (a redelivery) is passed over.
     */
    synchronized Optional<Application> decide(ResponseReviewed review) {
        Entry entry = entries.get(review.responseId());
        if (entry == null || entry.has(review)) {
            return Optional.empty();
        }
        if (review.version() != entry.latest.version()) {
            entry.trail.add(new Audit(review, false));
            return Optional.empty();
        }
        return Optional.of(new Application(review, ReviewedCoding.of(entry.latest, review)));
    }

    /** Kafka has the coding the review made: it is now the response's latest. */
    synchronized void applied(Application application) {
        Entry entry = entries.get(application.review().responseId());
        if (entry == null) {
            throw new IllegalStateException("No coding of response " + application.review().responseId());
        }
        if (!entry.has(application.review())) {
            entry.trail.add(new Audit(application.review(), true));
        }
        entry.latest = application.coding();
    }

    /**
     * A review read back at start, after every coding, in the order it was written. The first review of a response
     * named the coding an analyst saw before any review, so it applied; each later one applied if it named the
     * version the one before made.
     */
    synchronized void readBack(ResponseReviewed review) {
        Entry entry = entries.get(review.responseId());
        if (entry == null || entry.has(review)) {
            return;
        }
        int expected = entry.readBackVersion == null ? review.version() : entry.readBackVersion;
        boolean applies = review.version() == expected;
        entry.trail.add(new Audit(review, applies));
        if (applies) {
            entry.readBackVersion = review.version() + 1;
        }
    }

    /**
     * After reading back: a review applied whose coding Kafka does not have, as when the service stopped between
     * deciding and publishing. Only a response's last review can be in that state, as each waits for the one before.
     */
    synchronized List<Application> unpublished() {
        List<Application> unpublished = new ArrayList<>();
        for (Entry entry : entries.values()) {
            if (entry.readBackVersion != null && entry.latest.version() == entry.readBackVersion - 1) {
                ResponseReviewed last = entry.trail.stream().filter(Audit::applied).map(Audit::review).reduce((a, b) -> b)
                        .orElseThrow();
                unpublished.add(new Application(last, ReviewedCoding.of(entry.latest, last)));
            }
        }
        return unpublished;
    }

    private boolean needsReview(ResponseCoded coding) {
        double below = settings.confidenceBelow();
        return coding.flags().contains(CodingFlags.NEEDS_REVIEW)
                || coding.respondent().confidence() < below
                || coding.answers().values().stream().anyMatch(answer -> answer.confidence() < below
                        || answer.themes().stream().anyMatch(theme -> theme.score() < below));
    }
}
