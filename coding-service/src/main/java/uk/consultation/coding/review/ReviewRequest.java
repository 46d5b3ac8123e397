package uk.consultation.coding.review;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An analyst's review as submitted: every field may be missing or wrong, and is checked against the coding and the
 * consultation before it becomes a {@code ResponseReviewed}. The reviewer is whoever is signed in, never what the
 * request says: a {@code reviewer} field sent is ignored.
 *
 * @param version        the coding version the analyst saw
 * @param answers        by the question the answer was coded under: the answer as the analyst leaves it
 * @param respondentType a wire name, to correct the respondent type
 */
record ReviewRequest(
        @Nullable Integer version,
        @Nullable Map<String, AnswerCorrection> answers,
        @Nullable String respondentType,
        @Nullable String note) {

    /**
     * @param question the question the answer belongs to; absent: the one it was coded under
     * @param position a wire name; absent: the answer takes no position
     * @param themes   codeframe theme codes; absent: none
     */
    record AnswerCorrection(@Nullable String question, @Nullable String position, @Nullable List<String> themes) {
    }
}
