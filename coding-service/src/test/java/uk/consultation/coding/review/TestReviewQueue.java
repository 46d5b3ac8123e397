package uk.consultation.coding.review;

import java.util.Comparator;

import uk.consultation.coding.TestCoding;
import uk.consultation.schemas.coding.ResponseCoded;

/** The review queue's rule as the service applies it, with the threshold of its application.yml, for tests. */
public final class TestReviewQueue {

    private static final ReviewSettings SETTINGS = TestCoding.settings("coding.review", ReviewSettings.class);

    private TestReviewQueue() {
    }

    /** Whether the coding would be in the review queue before any review. */
    public static boolean queues(ResponseCoded coding) {
        return queues(coding, SETTINGS.confidenceBelow());
    }

    /** Whether the coding would be in the review queue before any review, were the threshold this. */
    public static boolean queues(ResponseCoded coding, double confidenceBelow) {
        return ResponseUnderReview.coded(null, coding).queued(confidenceBelow);
    }

    /** The queue's order: the codings most likely to hold errors first. */
    public static Comparator<ResponseCoded> mostLikelyWrongFirst() {
        return QueueReasons.MOST_LIKELY_WRONG_FIRST;
    }

    /** The threshold: a confidence below it sends a coding to the queue. */
    public static double confidenceBelow() {
        return SETTINGS.confidenceBelow();
    }
}
