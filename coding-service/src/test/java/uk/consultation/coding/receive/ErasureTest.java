package uk.consultation.coding.receive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.consultation.access.StaffRole.ANALYST;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import uk.consultation.coding.OnTestBroker;
import uk.consultation.coding.Staff;
import uk.consultation.coding.TestEvents;
import uk.consultation.coding.code.CodedResponses;
import uk.consultation.coding.theme.UnmatchedSentences;
import uk.consultation.schemas.EventJson;
import uk.consultation.schemas.SchemaContract;
import uk.consultation.schemas.Topics;
import uk.consultation.schemas.coding.CodingFlags;
import uk.consultation.schemas.coding.ResponseCoded;
import uk.consultation.schemas.coding.ResponseCoded.CodedAnswer;
import uk.consultation.schemas.consultation.ConsultationCatalog;
import uk.consultation.schemas.response.ResponseReceived;
import uk.consultation.testsupport.KafkaRecords;

/**
 * An erasure's tombstone on {@code responses-received}, against a real broker: the response is coded again without a
 * word of its text, counted as before, dropped from the views that held its text, and never coded from text again.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ErasureTest extends OnTestBroker {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    /** A paragraph that answers no question (a possible missed answer) puts it in the review queue until erased. */
    private static final String LETTER = """
            Dear Secretary of State,

            I agree with parts of the proposed definition of integrated communities and disagree with others. The \
            rural bus services in our valley were withdrawn last spring, and the older villagers can no longer reach \
            the market town at all.

            Our parish council has spent three winters arguing about the car park behind the village hall, the \
            lighting on the footpath to the station and whether the recycling should be collected on Tuesdays or \
            Thursdays, and none of it has been settled yet.

            I am Jane Smith, and you can write to me at jane@example.org.
            """;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ConsultationCatalog catalog;

    @Autowired
    CodedResponses codings;

    @Autowired
    UnmatchedSentences unmatched;

    @Test
    void aTombstoneCodesTheResponseAgainWithoutItsTextAndItsCountsUnchanged() throws Exception {
        String consultation = "erase-" + UUID.randomUUID().toString().substring(0, 8);
        String responseId = UUID.randomUUID().toString();
        ResponseReceived letter = TestEvents.letter(responseId, consultation, Instant.parse("2018-05-02T10:00:00Z"),
                LETTER);
        try (KafkaProducer<String, Object> producer = TestEvents.producer()) {
            producer.send(new ProducerRecord<>(Topics.CONSULTATIONS.name(), consultation,
                    TestEvents.consultation(consultation, 1, TestEvents.BUNDLED.questions()))).get();
            await().atMost(PATIENCE).until(() -> catalog.find(consultation).isPresent());
            producer.send(new ProducerRecord<>(Topics.RESPONSES_RECEIVED.name(), responseId, letter)).get();
            await().atMost(PATIENCE).until(() -> codings(responseId).size() == 1);
            ResponseCoded coded = codings(responseId).get(0);
            assertThat(coded.answers().values()).extracting(CodedAnswer::text).anySatisfy(text ->
                    assertThat(text).contains("rural bus services"));
            // Its text is where analysts and emerging themes look
            await().atMost(PATIENCE).ignoreExceptions().untilAsserted(() ->
                    assertThat(unmatched.of(consultation).values()).anySatisfy(sentences ->
                            assertThat(sentences).anyMatch(sentence -> sentence.responseId().equals(responseId))));
            // The queue is the review view's, which reads responses-coded on its own: wait for it too
            await().atMost(PATIENCE).untilAsserted(() ->
                    assertThat(mvc.get().uri("/api/v1/consultations/" + consultation + "/review-queue")
                            .with(Staff.signedIn(ANALYST))).hasStatusOk()
                            .bodyText().contains(responseId));

            producer.send(new ProducerRecord<>(Topics.RESPONSES_RECEIVED.name(), responseId, null)).get();
            await().atMost(PATIENCE).until(() -> codings(responseId).size() == 2);
        }

        ResponseCoded coded = codings(responseId).get(0);
        ResponseCoded erased = codings(responseId).get(1);
        SchemaContract.assertConforms(SchemaContract.RESPONSE_CODED, erased);
        assertThat(erased.version()).isEqualTo(coded.version() + 1);
        assertThat(erased.flags()).contains(CodingFlags.ERASED);
        String wire = new String(EventJson.toBytes(erased));
        assertThat(wire).doesNotContain("bus", "villagers", "Jane", "Smith", "jane@example.org", "[email]");
        // What the figures count stays as it was
        assertThat(erased.answers().keySet()).isEqualTo(coded.answers().keySet());
        erased.answers().forEach((questionId, answer) -> {
            CodedAnswer before = coded.answers().get(questionId);
            assertThat(answer.position()).isEqualTo(before.position());
            assertThat(answer.source()).isEqualTo(before.source());
            assertThat(answer.themes()).extracting(ResponseCoded.ThemeAssignment::code)
                    .isEqualTo(before.themes().stream().map(ResponseCoded.ThemeAssignment::code).toList());
            assertThat(answer.themes()).allSatisfy(theme -> assertThat(theme.evidence()).isNull());
        });
        assertThat(erased.respondent().type()).isEqualTo(coded.respondent().type());
        assertThat(erased.channel()).isEqualTo(coded.channel());
        assertThat(erased.receivedAt()).isEqualTo(coded.receivedAt());
        assertThat(erased.late()).isEqualTo(coded.late());

        // Out of every view that held its text
        await().atMost(PATIENCE).ignoreExceptions().untilAsserted(() ->
                assertThat(unmatched.of(consultation).values()).allSatisfy(sentences ->
                        assertThat(sentences).noneMatch(sentence -> sentence.responseId().equals(responseId))));
        assertThat(mvc.get().uri("/api/v1/consultations/" + consultation + "/review-queue")
                .with(Staff.signedIn(ANALYST))).hasStatusOk()
                .bodyText().doesNotContain(responseId);

        // A recoding that still reads the text before compaction removes it publishes a lower version, which the
        // campaign step drops: a response coded after it in the same consultation shows the step has passed it.
        // (A second tombstone, or one for a response never coded, is ResponseReviewsTest's.)
        assertThat(codings.codeAndPublish(letter).version()).isEqualTo(1);
        String after = UUID.randomUUID().toString();
        codings.codeAndPublish(TestEvents.letter(after, consultation, Instant.parse("2018-05-02T11:00:00Z"),
                "I disagree."));
        await().atMost(PATIENCE).until(() -> codings(after).size() == 1);
        assertThat(codings(responseId)).hasSize(2);
    }

    private static List<ResponseCoded> codings(String responseId) {
        return KafkaRecords.forKey(Topics.RESPONSES_CODED, responseId).stream()
                .map(record -> EventJson.fromBytes(record.value(), ResponseCoded.class))
                .toList();
    }
}
