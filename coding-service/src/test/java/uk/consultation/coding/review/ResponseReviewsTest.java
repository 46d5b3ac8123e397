package uk.consultation.coding.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

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

class ResponseReviewsTest {

    static final String CONSULTATION = "integrated-communities-2018";
    private static final Instant RECEIVED = Instant.parse("2018-05-02T10:15:30Z");

    private final ResponseReviews reviews = new ResponseReviews(new ReviewSettings(0.8));

    @Test
    void queuesWhatIsFlaggedOrLessCertainThanTheThresholdAndNothingElse() {
        reviews.remember(coding("confident", 1, 1.0, 0.9));
        reviews.remember(coding("unsure-answer", 1, 0.7, 0.9));
        reviews.remember(coding("unsure-theme", 1, 1.0, 0.79));
        reviews.remember(withFlags(coding("flagged", 1, 1.0, 0.9), CodingFlags.NEEDS_REVIEW));
        reviews.remember(forOtherConsultation(coding("elsewhere", 1, 0.5, 0.5)));

        assertThat(reviews.queue(CONSULTATION)).extracting(ResponseCoded::responseId)
                .containsExactlyInAnyOrder("unsure-answer", "unsure-theme", "flagged");
    }

    @Test
    void aReviewOfTheLatestVersionMakesTheNextWithTheAnalystsValuesAndTakesItOffTheQueue() {
        reviews.remember(coding("r1", 1, 0.7, 0.9));
        ResponseReviewed review = review("first", "r1", 1, Position.DISAGREE, List.of("q1-shared-opportunities"));

        ResponseReviews.Application application = reviews.decide(review).orElseThrow();
        reviews.applied(application);

        ResponseCoded reviewed = application.coding();
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
        assertThat(reviews.reviewed("r1")).contains(reviewed);
        assertThat(reviews.trail("r1").orElseThrow().reviews()).containsExactly(new ResponseReviews.Audit(review, true));
    }

    @Test
    void aRedeliveredReviewIsPassedOverAndAStaleOneIsKeptAsNotApplied() {
        reviews.remember(coding("r1", 1, 0.7, 0.9));
        ResponseReviewed first = review("first", "r1", 1, Position.DISAGREE, List.of());
        reviews.applied(reviews.decide(first).orElseThrow());
        ResponseReviewed sameVersion = review("second", "r1", 1, Position.NOT_SURE, List.of());

        assertThat(reviews.decide(first)).isEmpty();
        assertThat(reviews.decide(sameVersion)).isEmpty();

        assertThat(reviews.trail("r1").orElseThrow().reviews()).containsExactly(
                new ResponseReviews.Audit(first, true), new ResponseReviews.Audit(sameVersion, false));
        assertThat(reviews.trail("r1").orElseThrow().coding().answers().get("q1").position())
                .isEqualTo(Position.DISAGREE);
    }

    @Test
    void anAutomaticCodingArrivingAfterAReviewChangesNothing() {
        reviews.remember(coding("r1", 1, 0.7, 0.9));
        reviews.applied(reviews.decide(review("first", "r1", 1, Position.DISAGREE, List.of())).orElseThrow());

        reviews.remember(coding("r1", 1, 0.7, 0.9));

        assertThat(reviews.reviewed("r1").orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void readBackTellsTheSameStoryAndPublishesOnlyAReviewWhoseCodingKafkaLacks() {
        ResponseReviewed first = review("first", "r1", 1, Position.DISAGREE, List.of());
        ResponseReviewed stale = review("stale", "r1", 1, Position.NOT_SURE, List.of());
        ResponseReviewed second = review("second", "r1", 2, Position.AGREE, List.of());
        ResponseCoded automatic = coding("r1", 1, 0.7, 0.9);
        ResponseCoded afterFirst = ReviewedCoding.of(automatic, first);
        // Kafka has the automatic coding and the first review's; the service stopped before publishing the second's.
        reviews.remember(automatic);
        reviews.remember(afterFirst);
        reviews.remember(coding("r2", 1, 1.0, 0.9));
        List.of(first, stale, second).forEach(reviews::readBack);

        assertThat(reviews.trail("r1").orElseThrow().reviews()).extracting(ResponseReviews.Audit::applied)
                .containsExactly(true, false, true);
        assertThat(reviews.unpublished()).singleElement().satisfies(application -> {
            assertThat(application.review()).isEqualTo(second);
            assertThat(application.coding()).isEqualTo(ReviewedCoding.of(afterFirst, second));
            assertThat(application.coding().version()).isEqualTo(3);
        });

        reviews.remember(ReviewedCoding.of(afterFirst, second));
        assertThat(reviews.unpublished()).isEmpty();
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
