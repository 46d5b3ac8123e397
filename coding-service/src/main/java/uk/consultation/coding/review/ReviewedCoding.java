package uk.consultation.coding.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import uk.consultation.schemas.Position;
import uk.consultation.schemas.coding.CodingFlags;
import uk.consultation.schemas.coding.CodingSource;
import uk.consultation.schemas.coding.ResponseCoded;
import uk.consultation.schemas.coding.ResponseCoded.CodedAnswer;
import uk.consultation.schemas.coding.ResponseCoded.CodedRespondent;
import uk.consultation.schemas.coding.ResponseCoded.ThemeAssignment;
import uk.consultation.schemas.coding.ResponseReviewed;

/** The coding a review makes of the coding it reviewed: deterministic, so applying a review again yields the same. */
final class ReviewedCoding {

    /** What an analyst set or confirmed is certain. */
    private static final double CERTAIN = 1.0;

    private ReviewedCoding() {
    }

    static ResponseCoded of(ResponseCoded reviewed, ResponseReviewed review) {
        Map<String, CodedAnswer> answers = new LinkedHashMap<>(reviewed.answers());
        review.answers().keySet().forEach(answers::remove);
        review.answers().forEach((codedUnder, answer) -> answers.put(answer.question(),
                answer(reviewed.answers().get(codedUnder), answer)));
        CodedRespondent respondent = reviewed.respondent();
        if (review.respondentType() != null) {
            respondent = new CodedRespondent(review.respondentType(), CodingSource.REVIEWED, CERTAIN,
                    respondent.organisationName());
        }
        // Looked at now; and a response the analyst finds agreeing or unsure anywhere no longer said no to all.
        boolean onlyDisagrees = answers.values().stream()
                .allMatch(answer -> answer.position() == null || answer.position() == Position.DISAGREE);
        List<String> flags = reviewed.flags().stream().filter(flag -> !flag.equals(CodingFlags.NEEDS_REVIEW)
                && (onlyDisagrees || !flag.equals(CodingFlags.NO_TO_ALL))).toList();
        return new ResponseCoded(reviewed.responseId(), reviewed.consultationId(), review.version() + 1,
                review.reviewedAt(), reviewed.channel(), reviewed.receivedAt(), reviewed.late(), respondent, answers,
                flags, reviewed.coderVersion(), reviewed.codeframeVersion(), reviewed.textSignature(),
                reviewed.campaign(), reviewed.importedFrom());
    }

    /** The passage stays the respondent's; the evidence for a theme the coder had found stays with it. */
    private static CodedAnswer answer(@Nullable CodedAnswer before, ResponseReviewed.AnswerReview review) {
        List<ThemeAssignment> themes = review.themes().stream()
                .map(code -> new ThemeAssignment(code, CERTAIN, CodingSource.REVIEWED, evidence(before, code)))
                .toList();
        return new CodedAnswer(review.position(), review.position() == null ? null : CodingSource.REVIEWED, CERTAIN,
                before == null ? null : before.text(), themes);
    }

    private static @Nullable String evidence(@Nullable CodedAnswer before, String code) {
        if (before == null) {
            return null;
        }
        return before.themes().stream().filter(theme -> theme.code().equals(code)).findFirst()
                .map(ThemeAssignment::evidence).orElse(null);
    }
}
