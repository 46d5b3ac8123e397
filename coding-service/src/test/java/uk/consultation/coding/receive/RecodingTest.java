package uk.consultation.coding.receive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.consultation.access.StaffRole.OPERATOR;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import uk.consultation.coding.OnTestBroker;
import uk.consultation.coding.Staff;
import uk.consultation.coding.TestEvents;
import uk.consultation.schemas.EventJson;
import uk.consultation.schemas.Position;
import uk.consultation.schemas.Topics;
import uk.consultation.schemas.coding.ResponseCoded;
import uk.consultation.schemas.consultation.ConsultationCatalog;
import uk.consultation.testsupport.KafkaRecords;

/**
 * After a codeframe change, recoding is a replay of the received responses: each is coded again with the new one. Only
 * the first coding carries the time intake accepted the response.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RecodingTest extends OnTestBroker {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    /**
     * A recoding replays every response on the test broker, which the module's other tests share, each coded again
     * with the sentence model: on a loaded two-core machine that once took longer than 90 seconds.
     */
    private static final Duration REPLAY_PATIENCE = Duration.ofMinutes(4);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ConsultationCatalog catalog;

    @Test
    void everyResponseIsCodedAgainWithTheNewCodeframe() throws Exception {
        String consultation = "recode-" + UUID.randomUUID().toString().substring(0, 8);
        String responseId = UUID.randomUUID().toString();
        try (KafkaProducer<String, Object> producer = TestEvents.producer()) {
            producer.send(new ProducerRecord<>(Topics.CONSULTATIONS.name(), consultation,
                    TestEvents.consultation(consultation, 1, TestEvents.BUNDLED.questions()))).get();
            await().atMost(PATIENCE).until(() -> catalog.find(consultation).isPresent());
            RecordMetadata received = producer.send(new ProducerRecord<>(Topics.RESPONSES_RECEIVED.name(), responseId,
                    TestEvents.online(responseId, consultation, "q1", Position.AGREE))).get();
            await().atMost(PATIENCE).until(() -> codeframeVersions(responseId).equals(List.of(1)));
            // The first coding carries intake's send time, for reporting's freshness; the coding rate counts it.
            assertThat(acceptedAt(responseId)).containsExactly(Instant.ofEpochMilli(received.timestamp()).toString());
            assertThat(mvc.get().uri("/actuator/prometheus").with(Staff.signedIn(OPERATOR))).hasStatusOk().bodyText()
                    .containsPattern("coding_responses_total(\\{[^}]*})? [1-9]")
                    .contains("kafka_consumer_fetch_manager_records_lag_max");

            producer.send(new ProducerRecord<>(Topics.CONSULTATIONS.name(), consultation,
                    TestEvents.consultation(consultation, 2, TestEvents.BUNDLED.questions()))).get();
            await().atMost(PATIENCE).until(() -> catalog.find(consultation).orElseThrow().codeframeVersion() == 2);
        }

        assertThat(mvc.post().uri("/api/v1/recoding").with(Staff.signedIn(OPERATOR))).hasStatus(202);

        await().atMost(REPLAY_PATIENCE).until(() -> codeframeVersions(responseId).equals(List.of(1, 2)));
        // A recoding is not a new response: it has no acceptance time.
        assertThat(acceptedAt(responseId)).hasSize(1);
        ResponseCoded recoded = EventJson.fromBytes(
                KafkaRecords.forKey(Topics.RESPONSES_CODED, responseId).get(1).value(), ResponseCoded.class);
        assertThat(recoded.answers().get("q1").position()).isEqualTo(Position.AGREE);
    }

    /** The acceptance time on each coding of the response that has one. */
    private static List<String> acceptedAt(String responseId) {
        return KafkaRecords.forKey(Topics.RESPONSES_CODED, responseId).stream()
                .map(record -> record.headers().lastHeader(Topics.ACCEPTED_AT_HEADER))
                .filter(Objects::nonNull)
                .map(header -> new String(header.value(), StandardCharsets.UTF_8))
                .toList();
    }

    /** The codeframe version of each coding of the response, in the order they were published. */
    private static List<Integer> codeframeVersions(String responseId) {
        return KafkaRecords.forKey(Topics.RESPONSES_CODED, responseId).stream()
                .map(record -> EventJson.fromBytes(record.value(), ResponseCoded.class).codeframeVersion())
                .toList();
    }
}
