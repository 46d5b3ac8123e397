package uk.consultation.coding.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import uk.consultation.schemas.coding.CodingFlags;
import uk.consultation.schemas.coding.CodingSource;
import uk.consultation.schemas.coding.ResponseCoded;

/**
 * Why a coding is in the review queue, in the words an analyst works in: what the coder was unsure of, and where to
 * look; and which to look at first. A coding is in the queue exactly when it has a reason (and no analyst has
 * reviewed it).
 */
final class QueueReasons {

    /**
     * The queue's order, the codings most likely to hold errors first, so that an analyst who reviews only the top of
     * it catches most of them: the most errors to expect, each coding wrong as often as its (calibrated) confidence
     * leaves, and a flag, which has no confidence to weigh it by (a missed answer has only a flag), counted as
     * {@link #FLAGGED_ERRORS} or {@link #INTRODUCTION_ERRORS}; then the earliest received.
     */
    static final Comparator<ResponseCoded> MOST_LIKELY_WRONG_FIRST = Comparator
            .comparingDouble(QueueReasons::expectedErrors).reversed()
            .thenComparing(ResponseCoded::receivedAt).thenComparing(ResponseCoded::responseId);

    /**
     * The errors to expect of a flag, as likely wrong as not: a paragraph the learned head hears answering a question
     * not coded, an answer no theme fits, an unreadable attachment, a template read loosely. On
     * the development documents 0.5 held as many errors in the first 30% of the queue as listing flagged codings first
     * did (0.3 one fewer), and more in the first 10%.
     */
    static final double FLAGGED_ERRORS = 0.5;

    /**
     * The errors to expect of a flag for a paragraph that the head hears answering nothing, or that no head heard (a
     * consultation without one), or for a text that answers nothing: mostly the writer's introduction (who writes, for
     * whom) or a letter off the subject. On the development documents 2 of the
     * 32 codings with a paragraph nothing maps missed an answer; 0.1 and 0 put the same errors in the first 30% of the
     * queue, 0.1 one more in the first 40% and 50%.
     */
    static final double INTRODUCTION_ERRORS = 0.1;

    /** What an analyst is asked to check. */
    enum Why {
        POSSIBLE_MISSED_ANSWER("Possible missed answer: a paragraph of the text answers no question"),
        LIKELY_MISSED_ANSWER("Likely missed answer: a paragraph reads as an answer to a question not coded"),
        NOTHING_CODED("Nothing coded: the text answers no question, or every answer in it was missed"),
        UNREADABLE_ATTACHMENT("An attachment could not be read: open the original"),
        NO_THEME_FITS("The answer fits none of the themes of its question: off the subject, or the wrong question"),
        LOOSE_TEMPLATE_READING("An answer on the written template was read loosely"),
        UNSURE_ANSWER("Unsure that the text answers this question, or of its position"),
        UNSURE_RESPONDENT("Unsure whether an individual or an organisation wrote it"),
        FLAGGED("Flagged for review by the coder");

        private final String description;

        Why(String description) {
            this.description = description;
        }

        /** A short name for the reason, as the page's markup gives it. */
        String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        String description() {
            return description;
        }
    }

    /**
     * One reason.
     *
     * @param questionId the answer it is about, if it is about one
     * @param confidence the (calibrated) confidence that put it in the queue, if a confidence did
     */
    record Reason(@JsonIgnore Why why, @Nullable String questionId, @Nullable Double confidence) {

        @JsonProperty
        String code() {
            return why.code();
        }

        @JsonProperty
        String description() {
            return why.description();
        }
    }

    /** A coding in the queue as the API gives it: the coding's own fields, and its reasons beside them. */
    record Queued(@JsonUnwrapped ResponseCoded coding, List<Reason> reasons) {
    }

    private QueueReasons() {
    }

    /**
     * The reasons to look at the coding, flags first, then each confidence below {@code confidenceBelow}; and, where
     * there is one, a paragraph heard answering nothing, which sends no coding to the queue by itself (mostly the
     * writer's introduction) but is worth a look while the analyst reads the text.
     */
    static List<Reason> of(ResponseCoded coding, double confidenceBelow) {
        List<Reason> reasons = new ArrayList<>();
        if (coding.flags().contains(CodingFlags.NEEDS_REVIEW)) {
            flagged(coding, reasons);
        }
        coding.answers().forEach((questionId, answer) -> {
            if (answer.confidence() < confidenceBelow) {
                reasons.add(new Reason(answer.source() == CodingSource.PARSED ? Why.LOOSE_TEMPLATE_READING
                        : Why.UNSURE_ANSWER, questionId, answer.confidence()));
            }
        });
        if (coding.respondent().confidence() < confidenceBelow) {
            reasons.add(new Reason(Why.UNSURE_RESPONDENT, null, coding.respondent().confidence()));
        }
        if (!reasons.isEmpty() && introductionOnly(coding)) {
            reasons.add(new Reason(Why.POSSIBLE_MISSED_ANSWER, null, null));
        }
        // A template's answer read loosely is both flagged and, read loosely enough, below the threshold: say it once.
        return reasons.stream().distinct().toList();
    }

    /**
     * How many of the coding's answers and its respondent type to expect wrong, the sum of 1 − confidence, and of the
     * answers missed that a flag tells of.
     */
    private static double expectedErrors(ResponseCoded coding) {
        return flagErrors(coding) + 1 - coding.respondent().confidence()
                + coding.answers().values().stream().mapToDouble(answer -> 1 - answer.confidence()).sum();
    }

    /**
     * Whether the coding's only sign of a missed answer is a paragraph heard answering nothing, without
     * {@code needs_review}.
     */
    private static boolean introductionOnly(ResponseCoded coding) {
        return coding.flags().contains(CodingFlags.UNMAPPED_PASSAGE)
                && !coding.flags().contains(CodingFlags.NEEDS_REVIEW);
    }

    /** The errors to expect of the coding's flag, if it has one. */
    private static double flagErrors(ResponseCoded coding) {
        if (!coding.flags().contains(CodingFlags.NEEDS_REVIEW)) {
            return introductionOnly(coding) ? INTRODUCTION_ERRORS : 0;
        }
        List<Reason> reasons = new ArrayList<>();
        flagged(coding, reasons);
        return reasons.stream().allMatch(reason -> reason.why() == Why.POSSIBLE_MISSED_ANSWER
                || reason.why() == Why.NOTHING_CODED) ? INTRODUCTION_ERRORS : FLAGGED_ERRORS;
    }

    /** What flagged {@code needs_review}: the flag beside it, or an answer on the template read at less than 1. */
    private static void flagged(ResponseCoded coding, List<Reason> reasons) {
        int before = reasons.size();
        if (coding.flags().contains(CodingFlags.UNMAPPED_ANSWER)) {
            reasons.add(new Reason(Why.LIKELY_MISSED_ANSWER, null, null));
        } else if (coding.flags().contains(CodingFlags.UNMAPPED_PASSAGE)) {
            reasons.add(new Reason(Why.POSSIBLE_MISSED_ANSWER, null, null));
        }
        if (coding.flags().contains(CodingFlags.UNCODED_TEXT)) {
            reasons.add(new Reason(Why.NOTHING_CODED, null, null));
        }
        if (coding.flags().contains(CodingFlags.UNREADABLE_ATTACHMENT)) {
            reasons.add(new Reason(Why.UNREADABLE_ATTACHMENT, null, null));
        }
        if (coding.flags().contains(CodingFlags.NO_THEME_FITS)) {
            reasons.add(new Reason(Why.NO_THEME_FITS, null, null));
        }
        coding.answers().forEach((questionId, answer) -> {
            if (answer.source() == CodingSource.PARSED && answer.confidence() < 1) {
                reasons.add(new Reason(Why.LOOSE_TEMPLATE_READING, questionId, answer.confidence()));
            }
        });
        if (reasons.size() == before) {
            reasons.add(new Reason(Why.FLAGGED, null, null));
        }
    }
}
