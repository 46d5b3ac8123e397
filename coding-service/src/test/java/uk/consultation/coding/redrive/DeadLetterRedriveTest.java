package uk.consultation.coding.redrive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.consultation.access.StaffRole.OPERATOR;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.jayway.jsonpath.JsonPath;

import uk.consultation.coding.OnTestBroker;
import uk.consultation.coding.Staff;
import uk.consultation.coding.TestEvents;
import uk.consultation.coding.kafka.DeadLetters;
import uk.consultation.schemas.EventJson;
import uk.consultation.schemas.Position;
import uk.consultation.schemas.Topics;
import uk.consultation.schemas.coding.ResponseCoded;
import uk.consultation.schemas.consultation.ConsultationCatalog;
import uk.consultation.testsupport.KafkaRecords;

/**
 * A response that cannot be coded waits on the dead-letter topic with its reason, and is coded when re-driven after
 * the fix; one that still cannot be coded goes back with its new reason; one erased meanwhile is passed over, not
 * coded; nothing is coded twice. Real broker.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DeadLetterRedriveTest extends OnTestBroker {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String URL = "/api/v1/dead-letters/responses-received";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ConsultationCatalog catalog;

    @Test
    void deadLettersWaitWithTheirReasonAndAreCodedOnceReDrivenAfterTheFix() throws Exception {
        String consultation = "redrive-" + UUID.randomUUID().toString().substring(0, 8);
        String fixable = "fixable-" + UUID.randomUUID();
        String hopeless = "hopeless-" + UUID.randomUUID();
        String erased = "erased-" + UUID.randomUUID();
        try (KafkaProducer<String, Object> producer = TestEvents.producer()) {
            // A definition published without question 2, and responses answering it and a question that never was.
            producer.send(new ProducerRecord<>(Topics.CONSULTATIONS.name(), consultation,
                    TestEvents.consultation(consultation, 1, TestEvents.BUNDLED.questions().subList(0, 1)))).get();
            await().atMost(PATIENCE).until(() -> catalog.find(consultation).isPresent());
            producer.send(new ProducerRecord<>(Topics.RESPONSES_RECEIVED.name(), fixable,
                    TestEvents.online(fixable, consultation, "q2", Position.AGREE))).get();
            producer.send(new ProducerRecord<>(Topics.RESPONSES_RECEIVED.name(), hopeless,
                    TestEvents.online(hopeless, consultation, "q99", Position.AGREE))).get();
            producer.send(new ProducerRecord<>(Topics.RESPONSES_RECEIVED.name(), erased,
                    TestEvents.online(erased, consultation, "q2", Position.AGREE))).get();

            await().atMost(PATIENCE).untilAsserted(() -> assertThat(waitingKeys()).contains(fixable, hopeless, erased));
            // Erased while it waits: intake's tombstone
            producer.send(new ProducerRecord<>(Topics.RESPONSES_RECEIVED.name(), erased, null)).get();
            assertThat(mvc.get().uri(URL).with(Staff.signedIn(OPERATOR))).bodyJson()
                    .extractingPath("$.letters[?(@.key == '" + fixable + "')].reason")
                    .asArray().singleElement().asString().contains("has no question q2");

            // The fix: the definition republished with question 2.
            producer.send(new ProducerRecord<>(Topics.CONSULTATIONS.name(), consultation,
                    TestEvents.consultation(consultation, 2, TestEvents.BUNDLED.questions().subList(0, 2)))).get();
            await().atMost(PATIENCE).until(() -> catalog.find(consultation).orElseThrow().codeframeVersion() == 2);
        }

        String report = redrive();

        List<String> failedAgain = JsonPath.read(report, "$.failedAgain[*].key");
        assertThat(failedAgain).contains(hopeless).doesNotContain(fixable);
        assertThat((List<String>) JsonPath.read(report, "$.failedAgain[?(@.key == '" + hopeless + "')].reason"))
                .singleElement().asString().contains("has no question q99");
        assertThat((Integer) JsonPath.read(report, "$.coded")).isPositive();
        // Passed over, not coded: its text does not come back
        assertThat((List<String>) JsonPath.read(report, "$.erased[*].key")).contains(erased)
                .doesNotContain(fixable, hopeless);
        assertThat(failedAgain).doesNotContain(erased);
        assertThat(KafkaRecords.forKey(Topics.RESPONSES_CODED_UNGROUPED, consultation))
                .noneSatisfy(coding -> assertThat(new String(coding.value(), StandardCharsets.UTF_8)).contains(erased));
        // Published once the campaign step has placed it
        await().atMost(PATIENCE).until(() -> !KafkaRecords.forKey(Topics.RESPONSES_CODED, fixable).isEmpty());
        ResponseCoded coded = EventJson.fromBytes(KafkaRecords.forKey(Topics.RESPONSES_CODED, fixable).get(0).value(),
                ResponseCoded.class);
        assertThat(coded.answers().get("q2").position()).isEqualTo(Position.AGREE);
        assertThat(waitingKeys()).contains(hopeless).doesNotContain(fixable);

        // A second re-drive finds only what failed again: the fixed response is not coded twice.
        String second = redrive();
        assertThat((List<String>) JsonPath.read(second, "$.failedAgain[*].key")).contains(hopeless);
        assertThat((List<String>) JsonPath.read(second, "$.erased[*].key")).doesNotContain(erased);
        assertThat(KafkaRecords.forKey(Topics.RESPONSES_CODED, fixable)).hasSize(1);
        assertThat(KafkaRecords.forKey(Topics.RESPONSES_RECEIVED.deadLetterTopic(), hopeless)).hasSize(3)
                .allSatisfy(letter -> assertThat(DeadLetters.reason(letter.headers())).isNotBlank());
    }

    private String redrive() throws Exception {
        return mvc.post().uri(URL + "/redrive").with(Staff.signedIn(OPERATOR)).exchange().getResponse()
                .getContentAsString();
    }

    private List<String> waitingKeys() throws Exception {
        return JsonPath.read(mvc.get().uri(URL).with(Staff.signedIn(OPERATOR)).exchange().getResponse()
                .getContentAsString(), "$.letters[*].key");
    }
}
