package uk.consultation.coding.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static uk.consultation.coding.review.ResponseReviewsTest.CONSULTATION;
import static uk.consultation.coding.review.ResponseReviewsTest.coding;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import uk.consultation.schemas.Position;
import uk.consultation.schemas.RespondentType;
import uk.consultation.schemas.SchemaContract;
import uk.consultation.schemas.Topics;
import uk.consultation.schemas.coding.ResponseReviewed;
import uk.consultation.schemas.consultation.ConsultationCatalog;
import uk.consultation.schemas.consultation.ConsultationDefinitions;

@WebMvcTest({ReviewController.class, ReviewPageController.class})
@Import({ReviewSubmissions.class})
// Each test starts from a view of its own.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
@WithMockUser(username = "analyst-12", roles = "ANALYST")
class ReviewControllerTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ViewUnderTest view;

    @MockitoBean
    KafkaTemplate<String, Object> kafka;

    @TestConfiguration(proxyBeanMethods = false)
    static class View {
        @Bean(destroyMethod = "close")
        ViewUnderTest view() {
            return new ViewUnderTest();
        }

        @Bean
        ReviewSettings reviewSettings() {
            return new ReviewSettings(0.8);
        }

        @Bean
        ResponseReviews responseReviews(ViewUnderTest view, ReviewSettings settings) {
            return view.reviews(settings);
        }

        /** Never started: it holds just the definition it is given. */
        @Bean
        ConsultationCatalog consultationCatalog() {
            ConsultationCatalog catalog = new ConsultationCatalog(Map.of(), "test-catalog");
            catalog.accept(ConsultationDefinitions.bundled(CONSULTATION));
            return catalog;
        }
    }

    @BeforeEach
    void kafkaTakesEverything() {
        given(kafka.send(anyString(), anyString(), any())).willReturn(CompletableFuture.completedFuture(null));
        view.coded(coding("unsure", 1, 0.6, 0.9));
        view.coded(coding("sure", 1, 1.0, 1.0));
    }

    @Test
    void theQueueListsUncertainCodingsWithPassageEvidenceAndWhy() {
        assertThat(mvc.get().uri("/api/v1/consultations/{id}/review-queue", CONSULTATION))
                .hasStatusOk().bodyJson()
                .isLenientlyEqualTo("""
                        [ { "responseId": "unsure", "version": 1,
                            "answers": { "q1": { "position": "agree", "source": "parsed", "confidence": 0.6,
                                                 "text": "We welcome it.",
                                                 "themes": [ { "code": "q1-two-way-street", "source": "inferred",
                                                               "evidence": "It is a two-way street." } ] } },
                            "reasons": [ { "code": "loose_template_reading", "questionId": "q1", "confidence": 0.6,
                                           "description": "An answer on the written template was read loosely" } ]
                          } ]
                        """);
    }

    @Test
    void anUnknownConsultationIsAProblem() {
        assertThat(mvc.get().uri("/api/v1/consultations/{id}/review-queue", "no-such-consultation"))
                .hasStatus(404).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aReviewIsRecordedWithWhatItReplacedAndTheSignedInAnalystAsReviewer() {
        assertThat(post("unsure", """
                { "reviewer": "someone-else", "version": 1, "note": "Second paragraph disagrees.",
                  "answers": { "q1": { "position": "disagree", "themes": ["q1-shared-opportunities"] } },
                  "respondentType": "individual" }
                """)).hasStatus(202).hasHeader("Location", "/api/v1/responses/unsure/coding");

        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(kafka).send(eq(Topics.RESPONSES_REVIEWED.name()), eq("unsure"), sent.capture());
        SchemaContract.assertConforms(SchemaContract.RESPONSE_REVIEWED, sent.getValue());
        ResponseReviewed review = (ResponseReviewed) sent.getValue();
        assertThat(review.reviewer()).isEqualTo("analyst-12");
        assertThat(review.version()).isEqualTo(1);
        assertThat(review.respondentType()).isEqualTo(RespondentType.INDIVIDUAL);
        assertThat(review.replacedRespondentType()).isEqualTo(RespondentType.ORGANISATION);
        assertThat(review.answers().get("q1")).isEqualTo(new ResponseReviewed.AnswerReview("q1", Position.DISAGREE,
                List.of("q1-shared-opportunities"), Position.AGREE, List.of("q1-two-way-street")));
    }

    @Test
    void aReviewOfAnUnknownResponseOrAnOlderVersionIsRefused() {
        assertThat(post("nobody", "{ \"version\": 1, \"answers\": {} }"))
                .hasStatus(404).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        view.reviewed(ResponseReviewsTest.review("r", "unsure", 1, Position.DISAGREE, List.of()));
        view.published();

        assertThat(post("unsure", """
                { "version": 1, "answers": { "q1": { "position": "agree" } } }
                """)).hasStatus(409).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.detail").asString().contains("now version 2");
        verify(kafka, never()).send(anyString(), anyString(), any());
    }

    @Test
    void unknownQuestionsPositionsAndThemesAreNamedField() {
        assertThat(post("sure", """
                { "version": 1,
                  "answers": { "q1": { "position": "maybe", "themes": ["q3-local-community-projects"] },
                               "q2": { "question": "q99" },
                               "q5": { "position": "agree" } },
                  "respondentType": "robot" }
                """)).hasStatus(422).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.errors[*].field").asArray().containsExactlyInAnyOrder(
                        "answers.q1.position", "answers.q1.themes", "answers.q2.question", "answers.q5",
                        "respondentType");
        verify(kafka, never()).send(anyString(), anyString(), any());
    }

    @Test
    void nullsWhereAnswersAndThemesBelongAreNamedToo() {
        assertThat(post("sure", """
                { "version": 1, "answers": { "q1": { "themes": [null] }, "q2": null } }
                """)).hasStatus(422).bodyJson().extractingPath("$.errors[*].field").asArray()
                .containsExactlyInAnyOrder("answers.q1.themes", "answers.q2");
    }

    @Test
    void anAnswerMovesOnlyToAQuestionWithoutOneOfItsOwn() {
        assertThat(post("sure", """
                { "version": 1, "answers": { "q1": { "question": "q2", "position": "agree" } } }
                """)).hasStatus(422).bodyJson().extractingPath("$.errors[0].field").isEqualTo("answers.q1.question");

        assertThat(post("sure", """
                { "version": 1, "answers": { "q1": { "question": "q4", "position": "agree" } } }
                """)).hasStatus(202);
    }

    @Test
    void theCodingShowsTheAuditTrail() {
        ResponseReviewed review = ResponseReviewsTest.review("r", "unsure", 1, Position.DISAGREE, List.of());
        view.reviewed(review);
        view.published();

        assertThat(mvc.get().uri("/api/v1/responses/unsure/coding")).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                { "coding": { "version": 2, "answers": { "q1": { "position": "disagree", "source": "reviewed" } } },
                  "reviews": [ { "applied": true,
                                 "review": { "reviewer": "analyst-12", "reviewedAt": "2018-05-02T11:15:30Z",
                                             "version": 1, "answers": { "q1": { "position": "disagree",
                                                                                 "replacedPosition": "agree" } } } } ] }
                """);
        assertThat(mvc.get().uri("/api/v1/consultations/{id}/agreement", CONSULTATION)).hasStatusOk().bodyJson()
                .isLenientlyEqualTo("[ { \"questionId\": \"q1\", \"answers\": 1 } ]");
    }

    @Test
    void thePageShowsTheQueueAndTakesAReviewFromItsForm() {
        assertThat(mvc.get().uri("/consultations/{id}/review", CONSULTATION)).hasStatusOk()
                .bodyText().contains("Response unsure", "We welcome it.", "Evidence: It is a two-way street.",
                        "name=\"position.q1\"", "Signed in as analyst-12", "name=\"_csrf\"",
                        // why it waits: the template's answer to question 1 was read at 0.6, below the page's 0.8
                        "Why it is here", "data-reason=\"loose_template_reading\"",
                        "Question 1: An answer on the written template was read loosely (confidence 0.60)")
                .doesNotContain("Response sure", "name=\"reviewer\"", "<script");

        assertThat(mvc.post().uri("/consultations/{id}/review/unsure", CONSULTATION)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("version", "1").param("reviewer", "someone-else")
                .param("question.q1", "q1").param("position.q1", "disagree")
                .param("themes.q1", "q1-two-way-street").param("themes.q1", "q1-shared-opportunities").with(csrf()))
                .hasStatus3xxRedirection().hasRedirectedUrl("/consultations/" + CONSULTATION + "/review?sent=unsure");
        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(kafka).send(eq(Topics.RESPONSES_REVIEWED.name()), eq("unsure"), sent.capture());
        ResponseReviewed review = (ResponseReviewed) sent.getValue();
        assertThat(review.answers().get("q1").themes()).containsExactly("q1-two-way-street", "q1-shared-opportunities");
        assertThat(review.reviewer()).isEqualTo("analyst-12");
    }

    @Test
    void aFormPostWithoutItsPagesCsrfTokenIsRefused() {
        assertThat(mvc.post().uri("/consultations/{id}/review/unsure", CONSULTATION)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("version", "1").param("question.q1", "q1").param("position.q1", "disagree"))
                .hasStatus(403);
        verify(kafka, never()).send(anyString(), anyString(), any());
    }

    @Test
    void theFormShowsWhyAReviewWasNotTaken() {
        assertThat(mvc.post().uri("/consultations/{id}/review/unsure", CONSULTATION)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("version", "1").param("question.q1", "q1").param("position.q1", "maybe").with(csrf()))
                .hasStatus(422).bodyText()
                .contains("role=\"alert\"", "answers.q1.position: Question q1 has no position maybe");
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult post(String responseId, String json) {
        return mvc.post().uri("/api/v1/responses/{id}/reviews", responseId).contentType(MediaType.APPLICATION_JSON)
                .content(json).exchange();
    }
}
