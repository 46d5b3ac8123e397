package uk.consultation.coding.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.consultation.access.StaffRole.ANALYST;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import io.micrometer.core.instrument.MeterRegistry;

import uk.consultation.coding.OnTestBroker;
import uk.consultation.coding.Staff;
import uk.consultation.coding.TestEvents;
import uk.consultation.coding.code.CodedResponses;
import uk.consultation.schemas.Channel;
import uk.consultation.schemas.EventJson;
import uk.consultation.schemas.Position;
import uk.consultation.schemas.Topic;
import uk.consultation.schemas.Topics;
import uk.consultation.schemas.coding.CodingSource;
import uk.consultation.schemas.coding.ResponseCoded;
import uk.consultation.schemas.consultation.ConsultationCatalog;
import uk.consultation.schemas.response.ResponseReceived;
import uk.consultation.testsupport.KafkaRecords;

/**
 * A record the Kafka Streams application cannot read goes to its topic's dead-letter topic, bytes and key as written,
 * with the reason, and the record after it on the same partition is processed: the stream does not stop at it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StreamDeadLettersTest extends OnTestBroker {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final byte[] MALFORMED = "{\"coded\": {not json".getBytes(StandardCharsets.UTF_8);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ConsultationCatalog catalog;

    @Autowired
    CodedResponses codings;

    @Autowired
    MeterRegistry meters;

    @Test
    void aMalformedCodingOnItsWayToTheCampaignStepIsDeadLetteredAndTheNextIsGrouped() throws Exception {
        String consultation = defined("ungrouped");
        // Keyed by consultation, as every coding of it is: the good one below follows it on its partition
        send(Topics.RESPONSES_CODED_UNGROUPED, consultation, MALFORMED);
        ResponseReceived next = response(consultation);
        codings.codeAndPublish(next);

        await().atMost(PATIENCE).until(() -> !codings(next.responseId()).isEmpty());
        assertDeadLetter(Topics.RESPONSES_CODED_UNGROUPED, consultation, "Not a valid Ungrouped");
    }

    @Test
    void aMalformedReviewIsDeadLetteredAndTheNextReviewIsApplied() throws Exception {
        String consultation = defined("reviewed");
        // No respondent type given and no text to infer it from: the coder flags it for review.
        ResponseReceived received = response(consultation);
        String responseId = received.responseId();
        codings.codeAndPublish(received);
        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(mvc.get().uri("/api/v1/consultations/{id}/review-queue", consultation)
                        .with(Staff.signedIn(ANALYST))).hasStatusOk()
                        .bodyJson().extractingPath("$[*].responseId").asArray().containsExactly(responseId));

        // Keyed by response, as every review of it is: the analyst's review below follows it on its partition
        send(Topics.RESPONSES_REVIEWED, responseId, MALFORMED);
        assertThat(mvc.post().uri("/api/v1/responses/{id}/reviews", responseId).contentType(MediaType.APPLICATION_JSON)
                .with(Staff.signedIn(ANALYST)).content("""
                        { "version": 1, "answers": { "q1": { "position": "disagree", "themes": [] } },
                          "respondentType": "organisation" }
                        """)).hasStatus(202);

        await().atMost(PATIENCE).until(() -> codings(responseId).size() == 2);
        assertThat(codings(responseId).get(1).answers().get("q1").source()).isEqualTo(CodingSource.REVIEWED);
        assertDeadLetter(Topics.RESPONSES_REVIEWED, responseId, "Not a valid ResponseReviewed");
    }

    private String defined(String name) throws Exception {
        String consultation = name + "-" + UUID.randomUUID().toString().substring(0, 8);
        send(Topics.CONSULTATIONS, consultation,
                TestEvents.consultation(consultation, 1, TestEvents.BUNDLED.questions()));
        await().atMost(PATIENCE).until(() -> catalog.find(consultation).isPresent());
        return consultation;
    }

    private static void send(Topic<String, ?> topic, String key, Object value) throws Exception {
        try (KafkaProducer<String, Object> producer = TestEvents.producer()) {
            producer.send(new ProducerRecord<>(topic.name(), key, value)).get();
        }
    }

    private static ResponseReceived response(String consultation) {
        return new ResponseReceived(UUID.randomUUID().toString(), consultation, "ABCD-EFGH", Channel.ONLINE,
                Instant.now(), false, new ResponseReceived.Respondent(null, null),
                Map.of("q1", new ResponseReceived.Answer(Position.AGREE, "Shared activities matter.")), null, List.of(),
                ResponseReceived.Source.none());
    }

    private void assertDeadLetter(Topic<String, ?> topic, String key, String reason) {
        List<ConsumerRecord<String, byte[]>> deadLetters = KafkaRecords.forKey(topic.deadLetterTopic(), key);
        assertThat(deadLetters).singleElement().satisfies(deadLetter -> {
            assertThat(deadLetter.value()).isEqualTo(MALFORMED);
            assertThat(DeadLetters.reason(deadLetter.headers())).startsWith(reason + " on " + topic.name());
        });
        assertThat(meters.counter(DeadLetters.DEAD_LETTERS, "topic", topic.deadLetterTopic()).count()).isEqualTo(1);
    }

    private static List<ResponseCoded> codings(String responseId) {
        return KafkaRecords.forKey(Topics.RESPONSES_CODED, responseId).stream()
                .map(record -> EventJson.fromBytes(record.value(), ResponseCoded.class))
                .toList();
    }
}
