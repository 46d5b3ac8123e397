package uk.consultation.coding.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import uk.consultation.schemas.Channel;
import uk.consultation.schemas.Position;
import uk.consultation.schemas.RespondentType;
import uk.consultation.schemas.coding.CodingFlags;
import uk.consultation.schemas.coding.CodingSource;
import uk.consultation.schemas.coding.ResponseCoded;
import uk.consultation.schemas.coding.ResponseCoded.CodedAnswer;
import uk.consultation.schemas.coding.ResponseCoded.CodedRespondent;
import uk.consultation.schemas.coding.ResponseCoded.ThemeAssignment;
import uk.consultation.schemas.coding.ResponseReviewed;
import uk.consultation.schemas.coding.ResponseReviewed.AnswerReview;

/** The review view's rules, through its Kafka Streams topology. */
class ResponseReviewsTest {

    static final String CONSULTATION = "integrated-communities-2018";
    private static final Instant RECEIVED = Instant.parse("2018-05-02T10:15:30Z");

    private final ViewUnderTest view = new ViewUnderTest();
    private final ResponseReviews reviews = view.reviews(new ReviewSettings(0.8));

    @AfterEach
    void close() {
        view.close();
    }

    @Test
    void queuesWhatIsFlaggedOrLessCertainThanTheThresholdAndNothingElse() {
        // A theme's score is a closeness in meaning, not a confidence: a low one alone sends nothing to the queue.
        view.coded(coding("confident", 1, 1.0, 0.9));
        view.coded(coding("unsure-answer", 1, 0.7, 0.9));
        view.coded(coding("unsure-theme", 1, 1.0, 0.79));
        view.coded(withFlags(coding("flagged", 1, 1.0, 0.9), CodingFlags.NEEDS_REVIEW));
        // A paragraph heard answering nothing, mostly the writer's introduction: a flag to see, no reason on its own.
        view.coded(withFlags(coding("introduction", 1, 1.0, 0.9), CodingFlags.UNMAPPED_PASSAGE));
        view.coded(forOtherConsultation(coding("elsewhere", 1, 0.5, 0.5)));

        assertThat(reviews.queue(CONSULTATION)).extracting(ResponseCoded::responseId)
                .containsExactlyInAnyOrder("unsure-answer", "flagged");
    }

    @Test
    void theQueueListsWhatIsMostLikelyWrongFirst() {
        // The most errors to expect (1 - confidence), a flag as half an error (a missed answer has no confidence to
        // weigh), a paragraph nothing maps that reads as answering nothing as a tenth where an answer queues it.
        view.coded(coding("a-slightly-unsure", 1, 0.7, 0.9));
        view.coded(coding("b-very-unsure", 1, 0.3, 0.9));
        view.coded(withFlags(coding("c-flagged", 1, 1.0, 0.9), CodingFlags.NEEDS_REVIEW, CodingFlags.UNMAPPED_PASSAGE,
                CodingFlags.UNMAPPED_ANSWER));
        view.coded(withFlags(coding("d-introduction", 1, 0.75, 0.9), CodingFlags.UNMAPPED_PASSAGE));

        assertThat(reviews.queue(CONSULTATION)).extracting(ResponseCoded::responseId)
                .containsExactly("b-very-unsure", "c-flagged", "d-introduction", "a-slightly-unsure");
    }

    @Test
    void aReviewOfTheLatestVersionMakesTheNextWithTheAnalystsValuesAndTakesItOffTheQueue() {
        view.coded(coding("r1", 1, 0.7, 0.9));
        ResponseReviewed review = review("first", "r1", 1, Position.DISAGREE, List.of("q1-shared-opportunities"));

        view.reviewed(review);

        ResponseCoded reviewed = view.published().get(0);
        assertThat(reviewed.version()).isEqualTo(2);
        assertThat(reviewed.flags()).doesNotContain(CodingFlags.NEEDS_REVIEW);
        CodedAnswer q1 = reviewed.answers().get("q1");
        assertThat(q1.position()).isEqualTo(Position.DISAGREE);
        assertThat(q1.source()).isEqualTo(CodingSource.REVIEWED);
        assertThat(q1.text()).isEqualTo("We welcome it.");
        assertThat(q1.themes()).extracting(ThemeAssignment::code, ThemeAssignment::source)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("q1-shared-opportunities", CodingSource.REVIEWED));
        // untouched answers keep the coder's source
        assertThat(reviewed.answers().get("q2").source()).isEqualTo(CodingSource.EXPLICIT);
        assertThat(reviews.queue(CONSULTATION)).isEmpty();
        assertThat(reviews.trail("r1").orElseThrow().coding()).isEqualTo(reviewed);
        assertThat(reviews.trail("r1").orElseThrow().reviews()).containsExactly(new ResponseReviews.Audit(review, true));
    }

    @Test
    void aRedeliveredReviewIsPassedOverAndAStaleOneIsKeptAsNotApplied() {
        view.coded(coding("r1", 1, 0.7, 0.9));
        ResponseReviewed first = review("first", "r1", 1, Position.DISAGREE, List.of());
        view.reviewed(first);
        assertThat(view.published()).hasSize(1);
        ResponseReviewed sameVersion = review("second", "r1", 1, Position.NOT_SURE, List.of());

        view.reviewed(first);
        view.reviewed(sameVersion);

        assertThat(view.published()).isEmpty();
        assertThat(reviews.trail("r1").orElseThrow().reviews()).containsExactly(
                new ResponseReviews.Audit(first, true), new ResponseReviews.Audit(sameVersion, false));
        assertThat(reviews.trail("r1").orElseThrow().coding().answers().get("q1").position())
                .isEqualTo(Position.DISAGREE);
    }

    @Test
    void anAutomaticCodingArrivingAfterAReviewChangesNothing() {
        view.coded(coding("r1", 1, 0.7, 0.9));
        view.reviewed(review("first", "r1", 1, Position.DISAGREE, List.of()));
        view.published();

        view.coded(coding("r1", 1, 0.7, 0.9));

        assertThat(reviews.trail("r1").orElseThrow().coding().version()).isEqualTo(2);
        assertThat(reviews.appliedReviews(CONSULTATION)).hasSize(1);
    }

    @Test
    void aReviewReadAgainAfterACrashPublishesTheSameCodingAgainAndARedeliveryDoesNot() {
        ResponseUnderReview held = ResponseUnderReview.coded(null, coding("r1", 1, 0.7, 0.9));
        ResponseReviewed review = review("first", "r1", 1, Position.DISAGREE, List.of());
        ResponseUnderReview.ReadFrom here = new ResponseUnderReview.ReadFrom("responses-reviewed", 2, 40);

        ResponseUnderReview.Outcome applied = held.decide(review, here);
        // The entry was written, the coding may not have been: the same record again publishes it again
        ResponseUnderReview.Outcome again = applied.next().decide(review, here);
        ResponseUnderReview.Outcome redelivered = applied.next().decide(review,
                new ResponseUnderReview.ReadFrom("responses-reviewed", 2, 41));

        assertThat(applied.publish()).hasValueSatisfying(coding -> assertThat(coding.version()).isEqualTo(2));
        assertThat(again.publish()).isEqualTo(applied.publish());
        assertThat(again.next()).isEqualTo(applied.next());
        assertThat(redelivered.publish()).isEmpty();
        assertThat(redelivered.next()).isEqualTo(applied.next());
    }

    @Test
    void aTombstonePublishesTheNextCodingWithoutTextOnceAndTakesItOffTheQueue() {
        view.coded(coding("r1", 1, 0.7, 0.9));
        view.coded(coding("r2", 1, 0.7, 0.9));

        view.erased("r1");
        List<ResponseCoded> erased = view.published();
        view.erased("r1");
        view.erased("never-coded");
        // a recoding that still read the text publishes a lower version, which changes nothing
        view.coded(coding("r1", 1, 0.7, 0.9));

        assertThat(erased).singleElement().satisfies(coding -> {
            assertThat(coding.version()).isEqualTo(2);
            assertThat(coding.erased()).isTrue();
            assertThat(coding.answers().get("q1").text()).isEqualTo(ResponseCoded.ERASED_TEXT);
        });
        assertThat(view.published()).isEmpty();
        assertThat(view.forgotten()).containsExactly("r1");
        assertThat(reviews.trail("r1").orElseThrow().coding()).isEqualTo(erased.get(0));
        assertThat(reviews.queue(CONSULTATION)).extracting(ResponseCoded::responseId).containsExactly("r2");
    }

    @Test
    void aResponseTheAnalystFindsAgreeingSomewhereNoLongerSaidNoToAll() {
        ResponseCoded noToAll = new ResponseCoded("r1", CONSULTATION, 1, RECEIVED, Channel.LETTER, RECEIVED, false,
                new CodedRespondent(RespondentType.INDIVIDUAL, CodingSource.INFERRED, 0.6, null),
                Map.of("q1", new CodedAnswer(Position.DISAGREE, CodingSource.PARSED, 0.7, null, List.of())),
                List.of(CodingFlags.NEEDS_REVIEW, CodingFlags.NO_TO_ALL), "test-coder", 1, null, null);

        assertThat(ReviewedCoding.of(noToAll, review("agrees", "r1", 1, Position.AGREE, List.of())).flags()).isEmpty();
        assertThat(ReviewedCoding.of(noToAll, review("disagrees", "r1", 1, Position.DISAGREE, List.of())).flags())
                .containsExactly(CodingFlags.NO_TO_ALL);
    }

    static ResponseCoded coding(String responseId, int version, double answerConfidence, double themeScore) {
        return new ResponseCoded(responseId, CONSULTATION, version, RECEIVED, Channel.LETTER, RECEIVED, false,
                new CodedRespondent(RespondentType.ORGANISATION, CodingSource.PARSED, 1.0, "Near Neighbours"),
                Map.of("q1", new CodedAnswer(Position.AGREE, CodingSource.PARSED, answerConfidence, "We welcome it.",
                                List.of(new ThemeAssignment("q1-two-way-street", themeScore, CodingSource.INFERRED,
                                        "It is a two-way street."))),
                        "q2", new CodedAnswer(Position.AGREE, CodingSource.EXPLICIT, 1.0, null, List.of())),
                List.of(), "test-coder", 1, null, null);
    }

    private static ResponseCoded withFlags(ResponseCoded coding, String... flags) {
        return new ResponseCoded(coding.responseId(), coding.consultationId(), coding.version(), coding.codedAt(),
                coding.channel(), coding.receivedAt(), coding.late(), coding.respondent(), coding.answers(),
                List.of(flags), coding.coderVersion(), coding.codeframeVersion(), null, null);
    }

    private static ResponseCoded forOtherConsultation(ResponseCoded coding) {
        return new ResponseCoded(coding.responseId(), "another-consultation", coding.version(), coding.codedAt(),
                coding.channel(), coding.receivedAt(), coding.late(), coding.respondent(), coding.answers(),
                coding.flags(), coding.coderVersion(), coding.codeframeVersion(), null, null);
    }

    static ResponseReviewed review(String reviewId, String responseId, int version, Position q1,
            List<String> q1Themes) {
        return new ResponseReviewed(reviewId, responseId, CONSULTATION, "analyst-12", RECEIVED.plusSeconds(3600),
                version, Map.of("q1", new AnswerReview("q1", q1, q1Themes, Position.AGREE, List.of("q1-two-way-street"))),
                null, null, "Checked against the letter.");
    }
}
