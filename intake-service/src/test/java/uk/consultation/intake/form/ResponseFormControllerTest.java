package uk.consultation.intake.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.common.errors.TimeoutException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.consultation.intake.kafka.EventPublisher;
import uk.consultation.intake.kafka.KafkaUnavailableException;
import uk.consultation.intake.receive.KeyClaims;
import uk.consultation.intake.receive.KeyReusedException;
import uk.consultation.intake.receive.ResponseIdentity;
import uk.consultation.intake.receive.ResponseIntake;
import uk.consultation.intake.receive.ResponseRecorder;
import uk.consultation.schemas.Channel;
import uk.consultation.schemas.Position;
import uk.consultation.schemas.RespondentType;
import uk.consultation.schemas.Topics;
import uk.consultation.schemas.consultation.ConsultationCatalog;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.ConsultationDefinitions;
import uk.consultation.schemas.consultation.Question;

/**
 * The form as a browser without JavaScript uses it, through the real validation and recording path; Kafka is a mock
 * so that its failure can be provoked.
 */
@WebMvcTest(ResponseFormController.class)
@Import({ResponseIntake.class, ResponseRecorder.class, ResponseFormControllerTest.AfterClosing.class})
class ResponseFormControllerTest {

    private static final String ID = "integrated-communities-2018";
    private static final String URL = "/consultations/" + ID + "/respond";
    private static final ConsultationDefinition CONSULTATION = ConsultationDefinitions.bundled(ID);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ConsultationCatalog catalog;

    @MockitoBean
    EventPublisher publisher;

    @MockitoBean
    KeyClaims keys;

    @TestConfiguration
    static class AfterClosing {
        @Bean
        Clock clock() {
            // The consultation closed at 23:45 on 5 June 2018, London time
            return Clock.fixed(Instant.parse("2018-06-06T09:00:00Z"), ZoneOffset.UTC);
        }
    }

    @BeforeEach
    void consultationIsKnown() {
        given(catalog.find(ID)).willReturn(Optional.of(CONSULTATION));
    }

    @Test
    void rendersEveryQuestionByChapterWithItsOptionsAndACommentBox() throws Exception {
        Document page = page(mvc.perform(get(URL)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page.select("h2.govuk-heading-m").eachText())
                .containsSubsequence(CONSULTATION.questions().stream().map(Question::chapter).distinct().toList());
        for (Question question : CONSULTATION.questions()) {
            Element comment = page.getElementById(question.id() + "-comment");
            assertThat(comment).as(question.id()).isNotNull();
            assertThat(comment.tagName()).isEqualTo("textarea");
            assertThat(comment.attr("name")).isEqualTo("answers[" + question.id() + "].comment");
            Element label = page.selectFirst("label[for=" + question.id() + "-comment]");
            Element hint = page.getElementById(question.id() + "-comment-hint");
            assertThat(hint).isNotNull();
            assertThat(comment.attr("aria-describedby")).isEqualTo(hint.id());
            if (question.isClosed()) {
                assertThat(label.text()).isEqualTo("Comments on question " + question.number());
                Element fieldset = page.getElementById(question.id() + "-position").closest("fieldset");
                assertThat(fieldset.selectFirst("legend").text())
                        .isEqualTo("Question " + question.number() + " " + question.text());
                assertThat(fieldset.select("input[type=radio]").eachAttr("value")).containsExactlyElementsOf(
                        question.options().stream().map(option -> option.position().wireName()).toList());
                for (Element radio : fieldset.select("input[type=radio]")) {
                    assertThat(radio.attr("name")).isEqualTo("answers[" + question.id() + "].position");
                    assertThat(page.selectFirst("label[for=" + radio.id() + "]")).isNotNull();
                }
                assertThat(fieldset.select("label.govuk-radios__label").eachText()).containsExactlyElementsOf(
                        question.options().stream().map(Question.AnswerOption::label).toList());
            } else {
                assertThat(page.getElementById(question.id() + "-position")).as(question.id()).isNull();
                assertThat(label.text()).isEqualTo("Question " + question.number() + " " + question.text());
            }
        }
        assertThat(page.select("input[name=respondentType]").eachAttr("value"))
                .containsExactly(RespondentType.INDIVIDUAL.wireName(), RespondentType.ORGANISATION.wireName());
        assertThat(page.selectFirst("input[name=token]").val()).isNotBlank();
        assertThat(page.select(".govuk-error-summary")).isEmpty();
    }

    @Test
    void afterTheClosingTimeSaysTheResponseWillBeLate() throws Exception {
        Document page = page(mvc.perform(get(URL)).andReturn().getResponse().getContentAsString());

        assertThat(page.selectFirst(".govuk-warning-text").text())
                .contains("closed at 11:45pm on 5 June 2018")
                .contains("counted as late");
    }

    @Test
    void aDifferentTokenEachTimeTheFormIsShown() throws Exception {
        String first = page(mvc.perform(get(URL)).andReturn().getResponse().getContentAsString())
                .selectFirst("input[name=token]").val();
        String second = page(mvc.perform(get(URL)).andReturn().getResponse().getContentAsString())
                .selectFirst("input[name=token]").val();

        assertThat(second).isNotEqualTo(first);
    }

    /**
     * 422, as the JSON API answers the same mistakes: browsers show the page regardless, and the status says nothing
     * was received.
     */
    @Test
    void anInvalidResponseIsShownAgainWithItsErrorsAndValues() throws Exception {
        String body = mvc.perform(submission("token-1")
                        .param("email", "not-an-address")
                        .param("answers[q1].position", "agree")
                        .param("answers[q1].comment", "Shared activities matter."))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();
        Document page = page(body);

        assertThat(page.title()).startsWith("Error: ");
        Element summary = page.selectFirst(".govuk-error-summary");
        assertThat(summary.select("a").eachText()).containsExactly(
                "Say whether you are responding as an individual or for an organisation",
                "Enter an email address like name@example.com");
        for (Element link : summary.select("a")) {
            String target = link.attr("href").substring(1);
            assertThat(page.getElementById(target)).as(link.attr("href")).isNotNull();
            assertThat(page.getElementById(target + "-error").text()).isEqualTo("Error: " + link.text());
        }
        assertThat(page.getElementById("email").val()).isEqualTo("not-an-address");
        assertThat(page.getElementById("email").attr("aria-describedby")).isEqualTo("email-hint email-error");
        assertThat(page.getElementById("respondentType").closest(".govuk-form-group").hasClass("govuk-form-group--error"))
                .isTrue();
        assertThat(page.getElementById("q1-position").hasAttr("checked")).isTrue();
        assertThat(page.getElementById("q1-comment").text()).isEqualTo("Shared activities matter.");
        assertThat(page.selectFirst("input[name=token]").val()).isEqualTo("token-1");
        verifyNoInteractions(publisher);
    }

    /**
     * Issue 16, point 5: the form's token sent before with other answers (sent, then changed with the back button) is
     * not a second response unasked: the answers are shown again with a new token, to send as another if meant.
     */
    @Test
    void aFormSentAgainWithOtherAnswersIsShownAgainToSendAsAnother() throws Exception {
        willThrow(new KeyReusedException(Channel.ONLINE)).given(keys).claim(any(), any());

        Document page = page(mvc.perform(submission("token-7").param("respondentType", "individual")
                        .param("answers[q1].comment", "Changed my mind."))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString());

        assertThat(page.selectFirst(".govuk-error-summary").text()).contains("already sent with different answers");
        assertThat(page.getElementById("q1-comment").text()).isEqualTo("Changed my mind.");
        assertThat(page.selectFirst("input[name=token]").val()).isNotBlank().isNotEqualTo("token-7");
        verifyNoInteractions(publisher);
    }

    @Test
    void nothingAnsweredLinksToTheFirstQuestion() throws Exception {
        Document page = page(mvc.perform(submission("token-2").param("respondentType", "individual"))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString());

        Element link = page.selectFirst(".govuk-error-summary a");
        assertThat(link.text()).isEqualTo("Answer at least one question");
        assertThat(link.attr("href")).isEqualTo("#" + CONSULTATION.questions().get(0).id() + "-position");
        assertThat(page.getElementById("respondentType").hasAttr("checked")).isTrue();
    }

    @Test
    void anOrganisationMustBeNamed() throws Exception {
        Document page = page(mvc.perform(submission("token-3").param("respondentType", "organisation")
                        .param("answers[q3].comment", "Twinning schools."))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString());

        assertThat(page.selectFirst(".govuk-error-summary a").attr("href")).isEqualTo("#organisationName");
        assertThat(page.getElementById("organisationName").attr("aria-describedby"))
                .isEqualTo("organisationName-hint organisationName-error");
        assertThat(page.getElementById("q3-comment").text()).isEqualTo("Twinning schools.");
    }

    @Test
    void aValidResponseIsRecordedAndRedirectsToItsReference() throws Exception {
        String location = mvc.perform(submission("token-4")
                        .param("respondentType", "individual")
                        .param("organisationName", "typed before choosing individual")
                        .param("name", "Ann Example")
                        .param("email", "ann@example.org")
                        .param("answers[q1].position", "agree")
                        .param("answers[q1].comment", "Shared activities matter.")
                        .param("answers[q2].comment", "  ")
                        .param("answers[q3].comment", "Twinning schools."))
                .andExpect(status().isFound())
                .andReturn().getResponse().getRedirectedUrl();

        String responseId = publishedResponseId();
        verify(publisher).publish(eq(Channel.ONLINE), eq(Topics.RESPONSE_CONTACTS), eq(responseId),
                argThat(contact -> "Ann Example".equals(contact.name()) && "ann@example.org".equals(contact.email())
                        && (URL + "/confirmation?reference=" + contact.reference()).equals(location)));
        verify(publisher).publish(eq(Channel.ONLINE), eq(Topics.RESPONSES_RECEIVED), eq(responseId),
                argThat(received -> received.late()
                        && received.respondent().type() == RespondentType.INDIVIDUAL
                        && received.respondent().organisationName() == null
                        && received.answers().keySet().equals(java.util.Set.of("q1", "q3"))
                        && received.answers().get("q1").position() == Position.AGREE
                        && "Twinning schools.".equals(received.answers().get("q3").comment())));

        String reference = location.substring(location.indexOf("reference=") + "reference=".length());
        assertThat(ResponseIdentity.isReference(reference)).isTrue();
        Document confirmation = page(mvc.perform(get(URL + "/confirmation").param("reference", reference))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(confirmation.selectFirst(".govuk-panel--confirmation #reference").text()).isEqualTo(reference);
    }

    @Test
    void submittingTheSameFormTwiceIsTheSameResponse() throws Exception {
        List<String> locations = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            locations.add(mvc.perform(submission("token-5").param("respondentType", "individual")
                            .param("answers[q1].position", "disagree"))
                    .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl());
        }
        assertThat(locations.get(1)).isEqualTo(locations.get(0));
        String responseId = publishedResponseId();
        verify(publisher, times(2)).publish(eq(Channel.ONLINE), eq(Topics.RESPONSES_RECEIVED), eq(responseId), any());
    }

    @Test
    void respondentsTextIsEscapedNeverMarkup() throws Exception {
        String script = "<script>alert('x')</script>";
        String body = mvc.perform(submission("token-6")
                        .param("respondentType", "organisation")
                        .param("name", "\"><script>alert('name')</script>")
                        .param("answers[q1].comment", script))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();

        assertThat(body).doesNotContain("<script>alert(").contains("&lt;script&gt;alert(");
        Document page = page(body);
        assertThat(page.getElementById("q1-comment").text()).isEqualTo(script);
        assertThat(page.getElementById("name").val()).isEqualTo("\"><script>alert('name')</script>");
    }

    @Test
    void whenKafkaDoesNotAcknowledgeNothingIsReceivedAndTheRespondentIsToldToRetry() throws Exception {
        willThrow(new KafkaUnavailableException(Topics.RESPONSES_RECEIVED, new TimeoutException("broker away")))
                .given(publisher).publish(eq(Channel.ONLINE), eq(Topics.RESPONSES_RECEIVED), anyString(), any());

        String body = mvc.perform(submission("token-7").param("respondentType", "individual")
                        .param("answers[q1].position", "agree"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", KafkaUnavailableException.RETRY_AFTER_SECONDS))
                .andReturn().getResponse().getContentAsString();

        assertThat(page(body).selectFirst("h1").text()).isEqualTo("Sorry, there is a problem with the service");
    }

    @Test
    void anUnknownConsultationOrAMadeUpReferenceIsNotFound() throws Exception {
        given(catalog.find("nope")).willReturn(Optional.empty());

        mvc.perform(get("/consultations/nope/respond")).andExpect(status().isNotFound());
        String body = mvc.perform(get(URL + "/confirmation").param("reference", "Call 0800 000 000"))
                .andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        assertThat(page(body).selectFirst("h1").text()).isEqualTo("Page not found");
        assertThat(body).doesNotContain("0800");
    }

    /** The page's own CSRF token, from the respondent's session, is what lets the form through; nothing else does. */
    @Test
    void aPostNeedsTheTokenOfThePageItCameFrom() throws Exception {
        MvcResult shown = mvc.perform(get(URL)).andExpect(status().isOk()).andReturn();
        MockHttpSession session = (MockHttpSession) shown.getRequest().getSession(false);
        Element csrf = page(shown.getResponse().getContentAsString()).selectFirst("form input[type=hidden][name=_csrf]");
        assertThat(csrf).isNotNull();

        mvc.perform(answered(session)).andExpect(status().isForbidden());
        mvc.perform(answered(session).param("_csrf", "forged")).andExpect(status().isForbidden());
        verifyNoInteractions(publisher);
        mvc.perform(answered(session).param("_csrf", csrf.val())).andExpect(status().isFound());
        verify(publisher).publish(eq(Channel.ONLINE), eq(Topics.RESPONSES_RECEIVED), anyString(), any());
    }

    /** The response id the responses so far were published under (the last, if several). */
    private String publishedResponseId() {
        ArgumentCaptor<String> responseId = ArgumentCaptor.forClass(String.class);
        verify(publisher, atLeastOnce()).publish(eq(Channel.ONLINE), eq(Topics.RESPONSES_RECEIVED), responseId.capture(), any());
        return responseId.getValue();
    }

    private static MockHttpServletRequestBuilder answered(MockHttpSession session) {
        return post(URL).session(session).contentType(MediaType.APPLICATION_FORM_URLENCODED).param("token", "token-8")
                .param("respondentType", "individual").param("answers[q1].position", "agree");
    }

    /** Over the limit the page comes back with everything the respondent wrote and says when to send it again. */
    @Test
    void tooManyResponsesFromOneAddressAreShownAgainToSendLater(
            @Value("${intake.rate-limit.capacity}") int capacity) throws Exception {
        for (int i = 0; i < capacity; i++) {
            mvc.perform(submission("burst-" + i).remoteAddress("192.0.2.10").param("respondentType", "individual")
                    .param("answers[q1].position", "agree")).andExpect(status().isFound());
        }

        MvcResult refused = mvc.perform(submission("burst-over").remoteAddress("192.0.2.10")
                        .param("respondentType", "individual").param("answers[q1].comment", "My long answer."))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andReturn();
        Document page = page(refused.getResponse().getContentAsString());
        assertThat(page.selectFirst(".govuk-error-summary").text()).contains("Too many responses", "Wait a minute");
        assertThat(page.getElementById("q1-comment").text()).isEqualTo("My long answer.");
        verify(publisher, times(capacity)).publish(eq(Channel.ONLINE), eq(Topics.RESPONSES_RECEIVED), anyString(), any());

        mvc.perform(submission("another-address").remoteAddress("192.0.2.11").param("respondentType", "individual")
                .param("answers[q1].position", "agree")).andExpect(status().isFound());
    }

    @Test
    void aFailureOfIntakeItselfIsTheServiceProblemPageAndNothingOfIt() throws Exception {
        given(catalog.find(ID)).willThrow(new IllegalStateException("secret internals"));

        String body = mvc.perform(get(URL)).andExpect(status().isInternalServerError())
                .andReturn().getResponse().getContentAsString();

        assertThat(page(body).selectFirst("h1").text()).isEqualTo("Sorry, there is a problem with the service");
        assertThat(body).doesNotContain("secret internals").doesNotContain("IllegalStateException");
    }

    /** The content security policy refuses inline scripts, so the page has none: every script is a file it serves. */
    @Test
    void thePageRunsUnderTheContentSecurityPolicy() throws Exception {
        MvcResult shown = mvc.perform(get(URL))
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
                .andReturn();

        List<Element> scripts = page(shown.getResponse().getContentAsString()).select("script");
        assertThat(scripts).isNotEmpty().allSatisfy(script -> assertThat(script.data()).isBlank());
        for (Element script : scripts) {
            mvc.perform(get(script.attr("src"))).andExpect(status().isOk());
        }
    }

    @Test
    void servesGovukFrontendAndEveryAssetItsStylesheetNeeds() throws Exception {
        Document page = page(mvc.perform(get(URL)).andReturn().getResponse().getContentAsString());
        String stylesheet = page.selectFirst("link[rel=stylesheet]").attr("href");

        String css = mvc.perform(get(stylesheet)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Matcher assets = Pattern.compile("url\\((/assets/[^)]+)\\)").matcher(css);
        int found = 0;
        while (assets.find()) {
            mvc.perform(get(assets.group(1))).andExpect(status().isOk());
            found++;
        }
        assertThat(found).isPositive();
        mvc.perform(get("/govuk-frontend/govuk-frontend.min.js")).andExpect(status().isOk());
    }

    private static MockHttpServletRequestBuilder submission(String token) {
        return post(URL).contentType(MediaType.APPLICATION_FORM_URLENCODED).param("token", token).with(csrf());
    }

    private static Document page(String html) {
        return Jsoup.parse(html);
    }
}
