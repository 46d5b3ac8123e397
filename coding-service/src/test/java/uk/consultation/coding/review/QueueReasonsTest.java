package uk.consultation.coding.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import uk.consultation.coding.review.QueueReasons.Reason;
import uk.consultation.coding.review.QueueReasons.Why;
import uk.consultation.schemas.Channel;
import uk.consultation.schemas.Position;
import uk.consultation.schemas.RespondentType;
import uk.consultation.schemas.coding.CodingFlags;
import uk.consultation.schemas.coding.CodingSource;
import uk.consultation.schemas.coding.ResponseCoded;
import uk.consultation.schemas.coding.ResponseCoded.CodedAnswer;
import uk.consultation.schemas.coding.ResponseCoded.CodedRespondent;

/** Why a coding waits for review: every way into the queue has a reason an analyst reads, and nothing else does. */
class QueueReasonsTest {

    private static final Instant RECEIVED = Instant.parse("2018-05-02T10:15:30Z");

    @Test
    void eachFlagSaysWhatToLookFor() {
        ResponseCoded coding = coding(1.0, Map.of("q1", inferred(0.96)), CodingFlags.NEEDS_REVIEW,
                CodingFlags.UNMAPPED_PASSAGE, CodingFlags.NO_THEME_FITS, CodingFlags.UNREADABLE_ATTACHMENT);

        assertThat(QueueReasons.of(coding, 0.6)).extracting(Reason::why).containsExactly(Why.POSSIBLE_MISSED_ANSWER,
                Why.UNREADABLE_ATTACHMENT, Why.NO_THEME_FITS);
        assertThat(QueueReasons.of(coding(1.0, Map.of(), CodingFlags.NEEDS_REVIEW, CodingFlags.UNCODED_TEXT), 0.6))
                .extracting(Reason::why).containsExactly(Why.NOTHING_CODED);
    }

    @Test
    void aParagraphHeardAnsweringAQuestionNotCodedIsALikelyMissedAnswerWeighedAsHalfAnError() {
        ResponseCoded heard = coding(1.0, Map.of("q1", inferred(0.96)), CodingFlags.NEEDS_REVIEW,
                CodingFlags.UNMAPPED_PASSAGE, CodingFlags.UNMAPPED_ANSWER);
        ResponseCoded introduction = coding(1.0, Map.of("q1", inferred(0.96)), CodingFlags.UNMAPPED_PASSAGE);
        ResponseCoded unsure = coding(1.0, Map.of("q1", inferred(0.55)));
        ResponseCoded unsureWithIntroduction = coding(1.0, Map.of("q1", inferred(0.55)),
                CodingFlags.UNMAPPED_PASSAGE);

        assertThat(QueueReasons.of(heard, 0.6)).extracting(Reason::why).containsExactly(Why.LIKELY_MISSED_ANSWER);
        // A paragraph heard answering nothing is mostly the writer's introduction: no reason on its own, but where an
        // unsure answer queues the coding the analyst is told of it too, and it weighs a tenth of an error.
        assertThat(QueueReasons.of(introduction, 0.6)).isEmpty();
        assertThat(QueueReasons.of(unsureWithIntroduction, 0.6)).extracting(Reason::why)
                .containsExactly(Why.UNSURE_ANSWER, Why.POSSIBLE_MISSED_ANSWER);
        assertThat(Stream.of(introduction, unsure, unsureWithIntroduction, heard)
                .sorted(QueueReasons.MOST_LIKELY_WRONG_FIRST)).containsExactly(unsureWithIntroduction, heard, unsure,
                introduction);
    }

    @Test
    void aConfidenceBelowTheThresholdNamesItsAnswerOrTheRespondent() {
        ResponseCoded coding = coding(0.43, Map.of("q4", inferred(0.27), "q7", inferred(0.82),
                "q1", new CodedAnswer(Position.AGREE, CodingSource.PARSED, 0.5, "Yes", List.of())));

        assertThat(QueueReasons.of(coding, 0.6)).extracting(Reason::why, Reason::questionId, Reason::confidence)
                .containsExactlyInAnyOrder(tuple(Why.UNSURE_ANSWER, "q4", 0.27),
                        tuple(Why.LOOSE_TEMPLATE_READING, "q1", 0.5), tuple(Why.UNSURE_RESPONDENT, null, 0.43));
        assertThat(QueueReasons.of(coding, 0.2)).isEmpty();
    }

    @Test
    void aTemplateAnswerReadLooselyIsOneReasonThoughFlaggedAndBelowTheThreshold() {
        ResponseCoded coding = coding(1.0, Map.of("q1", new CodedAnswer(Position.AGREE, CodingSource.PARSED, 0.5,
                "Yes", List.of())), CodingFlags.NEEDS_REVIEW);

        assertThat(QueueReasons.of(coding, 0.6)).containsExactly(new Reason(Why.LOOSE_TEMPLATE_READING, "q1", 0.5));
    }

    @Test
    void aFlagWithoutAnExplanationStillSaysItWasFlaggedAndACertainCodingHasNoReason() {
        assertThat(QueueReasons.of(coding(1.0, Map.of("q1", inferred(0.96)), CodingFlags.NEEDS_REVIEW), 0.6))
                .containsExactly(new Reason(Why.FLAGGED, null, null));
        // unmapped_passage alone (a paragraph heard answering nothing; or kept after a review dropped needs_review) is no
        // reason on its own
        assertThat(QueueReasons.of(coding(1.0, Map.of("q1", inferred(0.96)), CodingFlags.UNMAPPED_PASSAGE), 0.6))
                .isEmpty();
    }

    private static CodedAnswer inferred(double confidence) {
        return new CodedAnswer(Position.AGREE, CodingSource.INFERRED, confidence, "We welcome it.", List.of());
    }

    private static ResponseCoded coding(double respondentConfidence, Map<String, CodedAnswer> answers,
            String... flags) {
        return new ResponseCoded("r1", "integrated-communities-2018", 1, RECEIVED, Channel.LETTER, RECEIVED, false,
                new CodedRespondent(RespondentType.INDIVIDUAL, CodingSource.INFERRED, respondentConfidence, null),
                answers, List.of(flags), "test-coder", 1, null, null);
    }
}
