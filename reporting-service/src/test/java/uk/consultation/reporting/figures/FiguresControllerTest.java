package uk.consultation.reporting.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static uk.consultation.reporting.figures.Codings.CONSULTATION;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import uk.consultation.schemas.EventJson;
import uk.consultation.schemas.consultation.ConsultationCatalog;

@WebMvcTest(FiguresController.class)
@WithMockUser(roles = "REPORT_AUTHOR")
@Import(ReportedConsultations.class)
class FiguresControllerTest {

    private static final Instant AS_OF = Instant.parse("2018-06-06T09:00:00Z");

    @Autowired
    private MockMvcTester mvc;

    @MockitoBean
    private FiguresQuery query;

    @BeforeEach
    void composeFiguresFromTheMockedTotals() {
        given(query.figures(any(), any())).willCallRealMethod();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Catalog {
        /** Never started: it holds just the definition it is given. */
        @Bean
        ConsultationCatalog consultationCatalog() {
            ConsultationCatalog catalog = new ConsultationCatalog(Map.of(), "test-catalog");
            catalog.accept(CONSULTATION);
            return catalog;
        }
    }

    @Test
    void questionFigures() {
        given(query.totals(eq(CONSULTATION.id()), any())).willReturn(new Totals(Map.ofEntries(
                Map.entry("questions.q1.responses", 2929L),
                Map.entry("questions.q1.organisation.responses", 288L),
                Map.entry("questions.q1.organisation.agree", 168L),
                Map.entry("questions.q1.organisation.disagree", 50L),
                Map.entry("questions.q1.organisation.not_sure", 70L),
                Map.entry("questions.q1.individual.responses", 2641L),
                Map.entry("questions.q1.individual.agree", 1500L),
                Map.entry("questions.q1.individual.disagree", 641L),
                Map.entry("questions.q1.individual.not_sure", 500L),
                Map.entry("questions.q1.channel.online", 2000L),
                Map.entry("questions.q1.channel.email", 829L),
                Map.entry("questions.q1.channel.letter", 100L),
                Map.entry("questions.q1.sources.explicit", 2000L),
                Map.entry("questions.q1.sources.parsed", 800L),
                Map.entry("questions.q1.sources.inferred", 100L),
                Map.entry("questions.q1.sources.reviewed", 29L),
                Map.entry("questions.q1.themes.q1-two-way-street.organisation", 40L),
                Map.entry("questions.q1.themes.q1-two-way-street.individual", 300L),
                Map.entry("questions.q1.themes.q1-shared-opportunities.organisation", 100L),
                Map.entry("questions.q1.themes.q1-shared-opportunities.individual", 400L),
                Map.entry("questions.q1.themes.q1-focus-on-minorities.individual", 0L),
                Map.entry("questions.q2.responses", 7L)), AS_OF));

        assertThat(mvc.get().uri("/api/v1/consultations/integrated-communities-2018/questions/q1/figures"))
                .hasStatusOk()
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .bodyJson().isStrictlyEqualTo("""
                        {
                          "questionId": "q1",
                          "number": "1",
                          "text": %s,
                          "kind": "closed",
                          "responses": 2929,
                          "organisations": { "responses": 288, "agree": 168, "disagree": 50, "notSure": 70,
                                             "agreePercent": 58, "disagreePercent": 17, "notSurePercent": 24 },
                          "individuals": { "responses": 2641, "agree": 1500, "disagree": 641, "notSure": 500,
                                           "agreePercent": 57, "disagreePercent": 24, "notSurePercent": 19 },
                          "byChannel": { "online": 2000, "email": 829, "letter": 100 },
                          "bySource": { "explicit": 2000, "parsed": 800, "inferred": 100, "reviewed": 29 },
                          "themes": [
                            { "code": "q1-shared-opportunities", "label": "Shared opportunities and relationships matter",
                              "responses": 500, "organisations": 100, "individuals": 400 },
                            { "code": "q1-two-way-street", "label": "Integration as a two-way street, not assimilation",
                              "responses": 340, "organisations": 40, "individuals": 300 }
                          ],
                          "asOf": "2018-06-06T09:00:00Z"
                        }
                        """.formatted(EventJson.MAPPER.writeValueAsString(CONSULTATION.question("q1").orElseThrow().text())));
    }

    @Test
    void aKnownConsultationWithoutResponsesHasZeroFigures() {
        given(query.totals(eq(CONSULTATION.id()), any())).willReturn(new Totals(Map.of(), null));

        assertThat(mvc.get().uri("/api/v1/consultations/integrated-communities-2018/figures"))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("""
                        {
                          "consultationId": "integrated-communities-2018",
                          "title": "Integrated Communities Strategy Green Paper",
                          "responses": 0,
                          "byChannel": { "online": 0, "email": 0, "letter": 0 },
                          "byRespondentType": { "individual": 0, "organisation": 0 },
                          "late": 0,
                          "lateIncluded": true,
                          "asOf": null
                        }
                        """)
                .extractingPath("$.questions[*].questionId")
                .asArray()
                .containsExactlyElementsOf(CONSULTATION.questions().stream().map(q -> q.id()).toList());
    }

    @Test
    void lateResponsesAreCountedSeparatelyAndCanBeLeftOut() {
        given(query.totals(eq(CONSULTATION.id()), any())).willReturn(new Totals(Map.ofEntries(
                Map.entry("responses", 10L),
                Map.entry("late.responses", 3L),
                Map.entry("channel.online", 10L),
                Map.entry("late.channel.online", 3L),
                Map.entry("respondents.individual", 10L),
                Map.entry("late.respondents.individual", 3L),
                Map.entry("questions.q1.responses", 8L),
                Map.entry("late.questions.q1.responses", 2L),
                Map.entry("questions.q1.individual.responses", 8L),
                Map.entry("late.questions.q1.individual.responses", 2L),
                Map.entry("questions.q1.individual.agree", 4L),
                Map.entry("late.questions.q1.individual.agree", 2L),
                Map.entry("questions.q1.individual.disagree", 4L)), AS_OF));

        assertThat(mvc.get().uri("/api/v1/consultations/integrated-communities-2018/figures"))
                .hasStatusOk().bodyJson().isLenientlyEqualTo("""
                        { "responses": 10, "late": 3, "lateIncluded": true,
                          "byRespondentType": { "individual": 10, "organisation": 0 } }
                        """);
        assertThat(mvc.get().uri("/api/v1/consultations/integrated-communities-2018/figures?late=exclude"))
                .hasStatusOk().bodyJson().isLenientlyEqualTo("""
                        { "responses": 7, "late": 3, "lateIncluded": false,
                          "byChannel": { "online": 7, "email": 0, "letter": 0 },
                          "byRespondentType": { "individual": 7, "organisation": 0 } }
                        """);
        assertThat(mvc.get().uri("/api/v1/consultations/integrated-communities-2018/questions/q1/figures"))
                .hasStatusOk().bodyJson().isLenientlyEqualTo("""
                        { "responses": 8, "individuals": { "responses": 8, "agree": 4, "disagree": 4,
                                                           "agreePercent": 50, "disagreePercent": 50 } }
                        """);
        assertThat(mvc.get().uri("/api/v1/consultations/integrated-communities-2018/questions/q1/figures?late=exclude"))
                .hasStatusOk().bodyJson().isLenientlyEqualTo("""
                        { "responses": 6, "individuals": { "responses": 6, "agree": 2, "disagree": 4,
                                                           "agreePercent": 33, "disagreePercent": 67 } }
                        """);
    }

    @Test
    void campaignResponsesCanBeLeftOutOrShownAlone() {
        given(query.totals(eq(CONSULTATION.id()), any())).willReturn(new Totals(Map.ofEntries(
                Map.entry("responses", 10L),
                Map.entry("campaign.responses", 4L),
                Map.entry("campaigns.campaign-r1", 4L),
                Map.entry("respondents.individual", 10L),
                Map.entry("campaign.respondents.individual", 4L)), AS_OF));
        given(query.campaigns(CONSULTATION.id())).willReturn(Map.of("campaign-r1",
                new FiguresQuery.CampaignText("r1", "Please withdraw these proposals.")));

        assertThat(mvc.get().uri("/api/v1/consultations/integrated-communities-2018/figures"))
                .hasStatusOk().bodyJson().isLenientlyEqualTo("""
                        { "responses": 10, "campaignResponses": 4, "campaignChoice": "include",
                          "campaigns": [ { "id": "campaign-r1", "responses": 4, "canonicalResponseId": "r1",
                                           "canonicalText": "Please withdraw these proposals." } ] }
                        """);
        assertThat(mvc.get().uri("/api/v1/consultations/integrated-communities-2018/figures?campaigns=exclude"))
                .hasStatusOk().bodyJson().isLenientlyEqualTo("""
                        { "responses": 6, "byRespondentType": { "individual": 6 }, "campaignChoice": "exclude" }
                        """);
        assertThat(mvc.get().uri("/api/v1/consultations/integrated-communities-2018/figures?campaigns=only"))
                .hasStatusOk().bodyJson().isLenientlyEqualTo("""
                        { "responses": 4, "byRespondentType": { "individual": 4 }, "campaignChoice": "only" }
                        """);
        assertThat(mvc.get().uri("/api/v1/consultations/integrated-communities-2018/figures?campaigns=some"))
                .hasStatus(400).bodyJson().extractingPath("$.detail")
                .isEqualTo("The campaigns parameter must be include, exclude or only, not some");
    }

    @Test
    void anUnknownLateChoiceIsAProblemBadRequest() {
        assertThat(mvc.get().uri("/api/v1/consultations/integrated-communities-2018/figures?late=only"))
                .hasStatus(400)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.detail")
                .isEqualTo("The late parameter must be include or exclude, not only");
    }

    @Test
    void badFiltersAreProblemsNamingTheParameter() {
        assertThat(mvc.get().uri("/api/v1/consultations/integrated-communities-2018/figures?respondentType=charity"))
                .hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.detail")
                .isEqualTo("The respondentType parameter must be individual or organisation, not charity");
        assertThat(mvc.get().uri("/api/v1/consultations/integrated-communities-2018/figures?channel=online,fax"))
                .hasStatus(400).bodyJson().extractingPath("$.detail")
                .isEqualTo("The channel parameter must be online, email or letter, not fax");
        assertThat(mvc.get().uri("/api/v1/consultations/integrated-communities-2018/questions/q1/figures?from=5 June"))
                .hasStatus(400).bodyJson().extractingPath("$.detail")
                .isEqualTo("The from parameter must be a day as 2018-06-05, not 5 June");
        assertThat(mvc.get().uri("/api/v1/consultations/integrated-communities-2018/figures?from=2018-06-05&to=2018-06-01"))
                .hasStatus(400).bodyJson().extractingPath("$.detail")
                .isEqualTo("The to day 2018-06-01 is before the from day 2018-06-05");
    }

    @Test
    void theSelectionMadeIsShownWithTheFigures() {
        given(query.totals(eq(CONSULTATION.id()), any())).willReturn(new Totals(Map.of(), null));

        assertThat(mvc.get().uri("/api/v1/consultations/integrated-communities-2018/figures"
                        + "?respondentType=organisation&channel=letter,email&from=2018-03-14&to=2018-06-05"))
                .hasStatusOk().bodyJson().isLenientlyEqualTo("""
                        { "respondentType": "organisation", "channels": ["email", "letter"],
                          "receivedFrom": "2018-03-14", "receivedTo": "2018-06-05" }
                        """);
    }

    @Test
    void anUnknownConsultationIsAProblemNotFound() {
        assertThat(mvc.get().uri("/api/v1/consultations/no-such-consultation/figures"))
                .hasStatus(404)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().isLenientlyEqualTo("""
                        { "status": 404, "title": "Not Found", "detail": "No consultation no-such-consultation",
                          "instance": "/api/v1/consultations/no-such-consultation/figures" }
                        """);
    }

    @Test
    void anUnknownQuestionIsAProblemNotFound() {
        assertThat(mvc.get().uri("/api/v1/consultations/integrated-communities-2018/questions/q99/figures"))
                .hasStatus(404)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.detail")
                .isEqualTo("No question q99 in consultation integrated-communities-2018");
    }

    @Test
    void aThemeDrillsDownToItsExampleQuotes() {
        given(query.quotes(CONSULTATION.id(), "q1", "q1-two-way-street")).willReturn(List.of(
                "Integration has to work both ways.", "Newcomers and long-standing residents both have to adapt."));

        assertThat(mvc.get().uri("/api/v1/consultations/integrated-communities-2018/questions/q1/themes/"
                + "q1-two-way-street/quotes"))
                .hasStatusOk()
                .bodyJson().isEqualTo("""
                        { "questionId": "q1", "code": "q1-two-way-street",
                          "label": "Integration as a two-way street, not assimilation",
                          "quotes": ["Integration has to work both ways.",
                                     "Newcomers and long-standing residents both have to adapt."] }
                        """);
    }

    @Test
    void aThemeOutsideTheQuestionsCodeframeIsAProblemNotFound() {
        assertThat(mvc.get().uri("/api/v1/consultations/integrated-communities-2018/questions/q2/themes/"
                + "q1-two-way-street/quotes"))
                .hasStatus(404)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.detail")
                .isEqualTo("No theme q1-two-way-street in the codeframe of question q2");
    }

    @Test
    void anInternalFailureIsAProblemThatKeepsTheInternalsToTheLog() {
        given(query.totals(eq(CONSULTATION.id()), any())).willThrow(new IllegalStateException("secret internals"));

        assertThat(mvc.get().uri("/api/v1/consultations/integrated-communities-2018/figures"))
                .hasStatus(500)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .body().asString()
                .contains("Something went wrong on our side")
                .doesNotContain("secret internals", "IllegalStateException", "at uk.consultation");
    }
}
