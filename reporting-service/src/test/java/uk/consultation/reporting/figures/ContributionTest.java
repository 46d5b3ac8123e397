package uk.consultation.reporting.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.consultation.reporting.figures.Codings.CONSULTATION;
import static uk.consultation.reporting.figures.Codings.answer;
import static uk.consultation.reporting.figures.Codings.coding;
import static uk.consultation.reporting.figures.Codings.flagged;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import uk.consultation.schemas.Channel;
import uk.consultation.schemas.Position;
import uk.consultation.schemas.RespondentType;
import uk.consultation.schemas.coding.CodingFlags;
import uk.consultation.schemas.coding.CodingSource;
import uk.consultation.schemas.coding.ResponseCoded;
import uk.consultation.schemas.coding.ResponseCoded.CodedAnswer;
import uk.consultation.schemas.coding.ResponseCoded.ThemeAssignment;

class ContributionTest {

    @Test
    void countsTheResponseItsChannelTypeLatenessAndEachAnsweredQuestion() {
        Contribution contribution = Contribution.of(coding("r1", 1, RespondentType.ORGANISATION, Channel.EMAIL, true,
                Map.of("q1", answer(Position.AGREE, "Yes.", "q1-two-way-street", "q1-shared-opportunities"),
                        "q3", answer(null, "English classes at the library.", "q3-english-language-access"))),
                CONSULTATION);

        List<String> counted = List.of(
                "responses", "channel.email", "respondents.organisation",
                "questions.q1.responses", "questions.q1.organisation.responses", "questions.q1.organisation.agree",
                "questions.q1.channel.email", "questions.q1.sources.explicit",
                "questions.q1.themes.q1-two-way-street.organisation",
                "questions.q1.themes.q1-shared-opportunities.organisation",
                "questions.q3.responses", "questions.q3.organisation.responses", "questions.q3.channel.email",
                "questions.q3.sources.inferred",
                "questions.q3.themes.q3-english-language-access.organisation");
        // An organisation's response counts everywhere and again in the organisations' share of each counter; a late
        // one once more in the late share of each of those.
        List<String> organisations = Stream.concat(counted.stream(), counted.stream().map(counter -> "organisation." + counter))
                .toList();
        assertThat(contribution.counters()).containsExactlyInAnyOrderElementsOf(Stream.concat(organisations.stream(),
                organisations.stream().map(counter -> "late." + counter)).toList());
    }

    @Test
    void aCampaignResponseCountsAgainAsACampaignShareAndTowardsItsCampaignsSize() {
        Contribution contribution = Contribution.of(coding("r2", 1, RespondentType.INDIVIDUAL, Channel.LETTER, false,
                Map.of("q1", answer(Position.DISAGREE, null))).grouped("0123456789abcdef",
                        new ResponseCoded.Campaign("campaign-r1", "r1", "Please withdraw these proposals.")),
                CONSULTATION);

        assertThat(contribution.counters()).contains("responses", "campaign.responses",
                "questions.q1.individual.disagree", "campaign.questions.q1.individual.disagree",
                "campaigns.campaign-r1");
    }

    @Test
    void countsNoToAllByRespondentType() {
        Contribution contribution = Contribution.of(flagged(coding("r1", 1, RespondentType.INDIVIDUAL, Channel.ONLINE,
                false, Map.of("q1", answer(Position.DISAGREE, null))), CodingFlags.NO_TO_ALL, CodingFlags.NEEDS_REVIEW),
                CONSULTATION);

        assertThat(contribution.counters()).contains("noToAll.individual").doesNotContain("noToAll.organisation");
    }

    @Test
    void anAnalystsAnswersCountAsReviewedApartFromTheCodersOnes() {
        CodedAnswer reviewedPosition = new CodedAnswer(Position.DISAGREE, CodingSource.REVIEWED, 1.0, null, List.of());
        CodedAnswer reviewedThemes = new CodedAnswer(null, null, 1.0, "Twinning schools.", List.of(
                new ThemeAssignment("q3-english-language-access", 0.8, CodingSource.INFERRED, null),
                new ThemeAssignment("q3-local-community-projects", 1.0, CodingSource.REVIEWED, null)));
        Contribution contribution = Contribution.of(coding("r1", 2, RespondentType.INDIVIDUAL, Channel.LETTER, false,
                Map.of("q1", reviewedPosition, "q2", answer(Position.AGREE, null), "q3", reviewedThemes)), CONSULTATION);

        assertThat(contribution.counters()).filteredOn(counter -> counter.contains(".sources."))
                .containsExactlyInAnyOrder("questions.q1.sources.reviewed", "questions.q2.sources.explicit",
                        "questions.q3.sources.reviewed");
    }

    @Test
    void aCodingFlaggedForReviewJoinsTheReviewQueueAndItsNextCodingTakesItOut() {
        ResponseCoded unsure = flagged(coding("r1", 1, RespondentType.INDIVIDUAL, Channel.LETTER, false,
                Map.of("q1", answer(Position.AGREE, null))), CodingFlags.NEEDS_REVIEW);
        Contribution flagged = Contribution.of(unsure, CONSULTATION);
        Contribution reviewed = Contribution.of(coding("r1", 2, RespondentType.INDIVIDUAL, Channel.LETTER, false,
                Map.of("q1", answer(Position.AGREE, null))), CONSULTATION);

        assertThat(flagged.counters()).contains("needsReview");
        assertThat(reviewed.counters()).doesNotContain("needsReview");
        assertThat(reviewed.changeFrom(flagged)).isEqualTo(Map.of("needsReview", -1L));
    }

    @Test
    void aClosedQuestionCountsOnlyWithAPosition() {
        Contribution contribution = Contribution.of(coding("r1", 1, RespondentType.INDIVIDUAL, Channel.ONLINE, false,
                Map.of("q1", answer(null, "I have views but no yes or no.", "q1-two-way-street"))), CONSULTATION);

        assertThat(contribution.counters())
                .containsExactlyInAnyOrder("responses", "channel.online", "respondents.individual");
    }

    @Test
    void anOpenQuestionCountsWithTextOrAPositionButNotWhenBlank() {
        Contribution blank = Contribution.of(coding("r1", 1, RespondentType.INDIVIDUAL, Channel.LETTER, false,
                Map.of("q3", answer(null, "  "))), CONSULTATION);
        Contribution positioned = Contribution.of(coding("r2", 1, RespondentType.INDIVIDUAL, Channel.LETTER, false,
                Map.of("q3", answer(Position.NOT_SURE, null))), CONSULTATION);

        assertThat(blank.counters()).noneMatch(counter -> counter.startsWith("questions."));
        assertThat(positioned.counters()).contains("questions.q3.responses", "questions.q3.individual.not_sure");
    }

    @Test
    void ignoresQuestionsAndThemesTheDefinitionDoesNotHave() {
        Contribution contribution = Contribution.of(coding("r1", 1, RespondentType.INDIVIDUAL, Channel.ONLINE, false,
                Map.of("q99", answer(Position.AGREE, null),
                        "q2", answer(Position.DISAGREE, null, "q1-two-way-street", "made-up"))), CONSULTATION);

        assertThat(contribution.counters()).noneMatch(counter -> counter.contains("q99") || counter.contains("themes"));
        assertThat(contribution.counters()).contains("questions.q2.individual.disagree");
    }

    @Test
    void aThemeRaisedTwiceInOneAnswerCountsOnce() {
        Contribution contribution = Contribution.of(coding("r1", 1, RespondentType.INDIVIDUAL, Channel.ONLINE, false,
                Map.of("q1", answer(Position.AGREE, null, "q1-two-way-street", "q1-two-way-street"))), CONSULTATION);

        assertThat(contribution.counters()).filteredOn(counter -> counter.contains("themes"))
                .containsExactly("questions.q1.themes.q1-two-way-street.individual");
    }

    @Test
    void theChangeFromAnEarlierCodingRetractsWhatNoLongerHoldsAndLeavesTheRest() {
        Contribution before = new Contribution(Set.of("responses", "questions.q1.individual.agree"));
        Contribution after = new Contribution(Set.of("responses", "questions.q1.individual.disagree"));

        assertThat(after.changeFrom(before)).containsExactly(
                Map.entry("questions.q1.individual.agree", -1L), Map.entry("questions.q1.individual.disagree", 1L));
        assertThat(after.changeFrom(after)).isEmpty();
        assertThat(after.changeFrom(Contribution.NONE)).containsOnlyKeys(after.counters());
    }
}
