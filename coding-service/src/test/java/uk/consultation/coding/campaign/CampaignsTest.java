package uk.consultation.coding.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.consultation.schemas.Channel;
import uk.consultation.schemas.RespondentType;
import uk.consultation.schemas.coding.CodingSource;
import uk.consultation.schemas.coding.ResponseCoded;
import uk.consultation.schemas.coding.ResponseCoded.Campaign;

class CampaignsTest {

    private static final Instant MAY = Instant.parse("2018-05-01T09:00:00Z");

    private final Campaigns campaigns = new Campaigns(new CampaignSettings(6, 20));

    @Test
    void theSecondCopyOfATextMakesACampaignOfBothAndLaterCopiesJoinIt() {
        Campaigns.Assignment first = code("r-1", 0, CampaignLetters.letter("Jo Bloggs", "Luton"));
        Campaigns.Assignment second = code("r-2", 1, CampaignLetters.letter("Sam Smith", "Bradford"));
        Campaigns.Assignment third = code("r-3", 2, CampaignLetters.letter("Ann Other", "Walsall"));

        assertThat(first.coded().campaign()).isNull();
        assertThat(first.coded().textSignature()).isNotNull();
        Campaign campaign = second.coded().campaign();
        assertThat(campaign).isNotNull();
        assertThat(campaign.id()).isEqualTo("campaign-r-1");
        assertThat(campaign.canonicalResponseId()).isEqualTo("r-1");
        assertThat(campaign.canonicalText()).contains("oppose the proposals");
        // The first copy is published again, now as a member.
        assertThat(second.joined()).extracting(ResponseCoded::responseId).containsExactly("r-1");
        assertThat(second.joined().get(0).campaign()).isEqualTo(campaign);
        assertThat(third.coded().campaign()).isEqualTo(campaign);
        assertThat(third.joined()).isEmpty();
    }

    @Test
    void aResponseCodedAgainStaysInItsCampaignAndRepublishesNoOne() {
        code("r-1", 0, CampaignLetters.letter("Jo Bloggs", "Luton"));
        Campaigns.Assignment second = code("r-2", 1, CampaignLetters.letter("Sam Smith", "Bradford"));

        Campaigns.Assignment again = code("r-2", 1, CampaignLetters.letter("Sam Smith", "Bradford"));

        assertThat(again.coded().campaign()).isEqualTo(second.coded().campaign());
        assertThat(again.joined()).isEmpty();
    }

    @Test
    void theCampaignIsNamedAfterItsEarliestResponseWhicheverIsCodedFirst() {
        code("r-late", 5, CampaignLetters.letter("Jo Bloggs", "Luton"));
        Campaigns.Assignment earlier = code("r-early", 0, CampaignLetters.letter("Sam Smith", "Bradford"));

        assertThat(earlier.coded().campaign().canonicalResponseId()).isEqualTo("r-early");
        assertThat(earlier.joined()).singleElement().extracting(ResponseCoded::campaign)
                .isEqualTo(earlier.coded().campaign());
    }

    @Test
    void differentTextsShortTextsAndOtherConsultationsAreNotCampaigns() {
        code("r-1", 0, CampaignLetters.letter("Jo Bloggs", "Luton"));

        assertThat(code("r-2", 1, CampaignLetters.OTHER).coded().campaign()).isNull();
        assertThat(code("r-3", 2, "I oppose the proposals.").coded().campaign()).isNull();
        assertThat(code("r-4", 3, CampaignLetters.letter("Sam Smith", "Bradford"), "another-consultation")
                .coded().campaign()).isNull();
    }

    @Test
    void aCampaignReadBackAtStartIsJoinedAfterIt() {
        Campaigns before = new Campaigns(new CampaignSettings(6, 20));
        Campaigns.Assignment first = before.assign(coding("r-1", 0, "c"), CampaignLetters.letter("Jo Bloggs", "Luton"));
        before.remember(first);

        campaigns.remember(first.coded());
        Campaigns.Assignment afterRestart = code("r-2", 1, CampaignLetters.letter("Sam Smith", "Bradford"));

        assertThat(afterRestart.coded().campaign()).isNotNull();
        assertThat(afterRestart.joined()).extracting(ResponseCoded::responseId).containsExactly("r-1");
    }

    private Campaigns.Assignment code(String responseId, int day, String text) {
        return code(responseId, day, text, "c");
    }

    private Campaigns.Assignment code(String responseId, int day, String text, String consultation) {
        Campaigns.Assignment assignment = campaigns.assign(coding(responseId, day, consultation), text);
        campaigns.remember(assignment);
        return assignment;
    }

    private static ResponseCoded coding(String responseId, int day, String consultation) {
        return new ResponseCoded(responseId, consultation, 1, MAY, Channel.LETTER, MAY.plusSeconds(86_400L * day),
                false, new ResponseCoded.CodedRespondent(RespondentType.INDIVIDUAL, CodingSource.INFERRED, 0.85, null),
                Map.of(), List.of(), "test", 1, null, null);
    }
}
