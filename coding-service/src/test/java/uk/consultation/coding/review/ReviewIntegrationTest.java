package uk.consultation.coding.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.consultation.access.StaffRole.ANALYST;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import uk.consultation.coding.OnTestBroker;
import uk.consultation.coding.Staff;
import uk.consultation.coding.TestEvents;
import uk.consultation.coding.code.CodedResponses;
import uk.consultation.schemas.Channel;
import uk.consultation.schemas.EventJson;
import uk.consultation.schemas.Position;
import uk.consultation.schemas.SchemaContract;
import uk.consultation.schemas.Topics;
import uk.consultation.schemas.coding.CodingFlags;
import uk.consultation.schemas.coding.CodingSource;
import uk.consultation.schemas.coding.ResponseCoded;
import uk.consultation.schemas.coding.ResponseReviewed;
import uk.consultation.schemas.consultation.ConsultationCatalog;
import uk.consultation.schemas.response.ResponseReceived;
import uk.consultation.testsupport.KafkaRecords;

/**
 * Review against a real broker: a flagged coding is queued, a review becomes a {@code reviewed} coding of a higher
 * version, coding the response again leaves it, a redelivered review changes nothing, and the trail says who did
 * what when.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReviewIntegrationTest extends OnTestBroker {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ConsultationCatalog catalog;

    @Autowired
    CodedResponses codings;


    @Test
    void aReviewBecomesTheNextCodingAndAutomaticCodingLeavesIt() throws Exception {
        String consultation = "review-" + UUID.randomUUID().toString().substring(0, 8);
        String responseId = UUID.randomUUID().toString();
        // No respondent type given and no text to infer it from: the coder flags it for review.
        ResponseReceived received = new ResponseReceived(responseId, consultation, "ABCD-EFGH", Channel.ONLINE,
                Instant.now(), false, new ResponseReceived.Respondent(null, null),
                Map.of("q1", new ResponseReceived.Answer(Position.AGREE, "Shared activities matter.")), null, List.of(),
                ResponseReceived.Source.none());
        try (KafkaProducer<String, Object> producer = TestEvents.producer()) {
            producer.send(new ProducerRecord<>(Topics.CONSULTATIONS.name(), consultation,
                    TestEvents.consultation(consultation, 1, TestEvents.BUNDLED.questions()))).get();
            await().atMost(PATIENCE).until(() -> catalog.find(consultation).isPresent());
            producer.send(new ProducerRecord<>(Topics.RESPONSES_RECEIVED.name(), responseId, received)).get();
        }

        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(analystGets("/api/v1/consultations/{id}/review-queue", consultation)).hasStatusOk()
                        .bodyJson().extractingPath("$[*].responseId").asArray().containsExactly(responseId));

        assertThat(mvc.post().uri("/api/v1/responses/{id}/reviews", responseId).contentType(MediaType.APPLICATION_JSON)
                .with(Staff.signedIn(ANALYST)).content("""
                        { "version": 1, "note": "An organisation, on its letterhead.",
                          "answers": { "q1": { "position": "disagree", "themes": ["q1-two-way-street"] } },
                          "respondentType": "organisation" }
                        """)).hasStatus(202);

        await().atMost(PATIENCE).until(() -> codings(responseId).size() == 2);
        ResponseCoded automatic = codings(responseId).get(0);
        ResponseCoded reviewed = codings(responseId).get(1);
        assertThat(reviewed.version()).isEqualTo(2);
        assertThat(reviewed.flags()).doesNotContain(CodingFlags.NEEDS_REVIEW);
        assertThat(reviewed.answers().get("q1").position()).isEqualTo(Position.DISAGREE);
        assertThat(reviewed.answers().get("q1").source()).isEqualTo(CodingSource.REVIEWED);
        assertThat(reviewed.answers().get("q1").text()).isEqualTo("Shared activities matter.");
        assertThat(reviewed.respondent().source()).isEqualTo(CodingSource.REVIEWED);
        SchemaContract.assertConforms(SchemaContract.RESPONSE_CODED, reviewed);
        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(analystGets("/api/v1/consultations/{id}/review-queue", consultation)).hasStatusOk()
                        .bodyJson().isEqualTo("[]"));

        // Recoding codes each received response again, as here: the analyst's coding stands, the campaign step drops
        // the lower version. A response coded after it in the same consultation shows the step has passed it.
        assertThat(codings.codeAndPublish(received).version()).isEqualTo(1);
        String after = UUID.randomUUID().toString();
        codings.codeAndPublish(new ResponseReceived(after, consultation, "ABCD-EFGJ", Channel.ONLINE, Instant.now(),
                false, received.respondent(), received.answers(), null, List.of(), ResponseReceived.Source.none()));
        await().atMost(PATIENCE).until(() -> codings(after).size() == 1);
        assertThat(codings(responseId)).hasSize(2);

        // The same review delivered again, then a second review of the version already reviewed: neither applies.
        ResponseReviewed review = EventJson.fromBytes(
                KafkaRecords.forKey(Topics.RESPONSES_REVIEWED, responseId).get(0).value(), ResponseReviewed.class);
        ResponseReviewed stale = new ResponseReviewed(UUID.randomUUID().toString(), responseId, consultation,
                "analyst-9", Instant.now(), 1, review.answers(), null, null, null);
        try (KafkaProducer<String, Object> producer = TestEvents.producer()) {
            producer.send(new ProducerRecord<>(Topics.RESPONSES_REVIEWED.name(), responseId, review)).get();
            producer.send(new ProducerRecord<>(Topics.RESPONSES_REVIEWED.name(), responseId, stale)).get();
        }
        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(analystGets("/api/v1/responses/{id}/coding", responseId)).hasStatusOk().bodyJson()
                        .extractingPath("$.reviews[*].applied").asArray().containsExactly(true, false));
        assertThat(codings(responseId)).hasSize(2);

        assertThat(analystGets("/api/v1/responses/{id}/coding", responseId)).hasStatusOk().bodyJson()
                .isLenientlyEqualTo("""
                        { "coding": { "version": 2, "answers": { "q1": { "position": "disagree", "source": "reviewed" } } },
                          "reviews": [ { "applied": true,
                                         "review": { "reviewer": "analyst", "reviewedAt": "%s", "version": 1,
                                                     "note": "An organisation, on its letterhead.",
                                                     "respondentType": "organisation",
                                                     "replacedRespondentType": "individual",
                                                     "answers": { "q1": { "position": "disagree",
                                                                          "themes": ["q1-two-way-street"],
                                                                          "replacedPosition": "agree",
                                                                          "replacedThemes": %s } } } },
                                       { "applied": false, "review": { "reviewer": "analyst-9" } } ] }
                        """.formatted(review.reviewedAt(), automatic.answers().get("q1").themes().stream()
                                .map(theme -> '"' + theme.code() + '"').toList()));
        assertThat(reviewed.codedAt()).isEqualTo(review.reviewedAt());
    }

    private MockMvcTester.MockMvcRequestBuilder analystGets(String uri, String id) {
        return mvc.get().uri(uri, id).with(Staff.signedIn(ANALYST));
    }

    private static List<ResponseCoded> codings(String responseId) {
        return KafkaRecords.forKey(Topics.RESPONSES_CODED, responseId).stream()
                .map(record -> EventJson.fromBytes(record.value(), ResponseCoded.class))
                .toList();
    }
}
