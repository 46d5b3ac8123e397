package uk.consultation.schemas.coding;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import uk.consultation.schemas.Position;
import uk.consultation.schemas.RespondentType;

/**
 * An analyst's review of one coding of a response: what they set or confirmed, and what it replaced. Coding-service
 * applies it as the next {@link ResponseCoded} version, with source {@code reviewed} on what the analyst touched.
 *
 * @param reviewId               unique per review, so that a redelivered review is recognised
 * @param reviewer               the signed-in analyst: the local user, or the identity provider's subject
 * @param version                the coding version the analyst saw; the review applies only to that version
 * @param answers                by the question the answer was coded under: where it belongs and what it says
 * @param respondentType         the respondent type the analyst set, when they set one
 * @param replacedRespondentType the respondent type the coding had, when the analyst set one
 */
public record ResponseReviewed(
        String reviewId,
        String responseId,
        String consultationId,
        String reviewer,
        Instant reviewedAt,
        int version,
        Map<String, AnswerReview> answers,
        @Nullable RespondentType respondentType,
        @Nullable RespondentType replacedRespondentType,
        @Nullable String note) {

    public ResponseReviewed {
        answers = Map.copyOf(answers);
    }

    /**
     * One answer as the analyst left it, with the values it had before, which agreement figures compare with.
     *
     * @param question         the question the answer belongs to (another one than it was coded under, if moved)
     * @param position         absent when the answer takes no position
     * @param themes           the codeframe theme codes
     * @param replacedPosition the position the coding had
     * @param replacedThemes   the theme codes the coding had
     */
    public record AnswerReview(
            String question,
            @Nullable Position position,
            List<String> themes,
            @Nullable Position replacedPosition,
            List<String> replacedThemes) {

        public AnswerReview {
            themes = List.copyOf(themes);
            replacedThemes = List.copyOf(replacedThemes);
        }
    }
}
