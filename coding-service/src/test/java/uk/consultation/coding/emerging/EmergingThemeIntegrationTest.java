package uk.consultation.coding.emerging;

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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import tools.jackson.databind.json.JsonMapper;
import uk.consultation.coding.OnTestBroker;
import uk.consultation.coding.Staff;
import uk.consultation.coding.TestEvents;
import uk.consultation.schemas.Channel;
import uk.consultation.schemas.EventJson;
import uk.consultation.schemas.Position;
import uk.consultation.schemas.SchemaContract;
import uk.consultation.schemas.RespondentType;
import uk.consultation.schemas.Topics;
import uk.consultation.schemas.coding.ResponseCoded;
import uk.consultation.schemas.coding.ResponseCoded.ThemeAssignment;
import uk.consultation.schemas.consultation.ConsultationCatalog;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.response.ResponseReceived;
import uk.consultation.testsupport.KafkaRecords;

/**
 * Responses raise something the codeframe lacks; an analyst accepts the candidate theme; the new codeframe version is
 * registered through intake's consultation API and every response is coded again, now with the new theme.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EmergingThemeIntegrationTest extends OnTestBroker {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final List<String> BUSES = List.of(
            "The bus to our village was cut, so older people cannot get into town any more.",
            "Without a regular bus service people in rural areas are cut off from everything.",
            "Our only bus route was withdrawn and now nobody can get anywhere without a car.",
            "Cuts to local bus services have left many residents stuck at home.");

    private static final FakeIntake INTAKE = FakeIntake.start();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ConsultationCatalog catalog;

    @DynamicPropertySource
    static void intakeUrl(DynamicPropertyRegistry registry) {
        registry.add("coding.intake.url", INTAKE::url);
        registry.add("coding.intake.password", () -> FakeIntake.PASSWORD);
    }

    @AfterAll
    static void stopIntake() {
        INTAKE.close();
    }

    @Test
    void anAcceptedCandidateIsInTheCodeframeAndInEveryRecodedResponse() throws Exception {
        String consultation = "emerging-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> ids = BUSES.stream().map(text -> UUID.randomUUID().toString()).toList();
        try (KafkaProducer<String, Object> producer = TestEvents.producer()) {
            producer.send(new ProducerRecord<>(Topics.CONSULTATIONS.name(), consultation,
                    TestEvents.consultation(consultation, 1, TestEvents.BUNDLED.questions()))).get();
            await().atMost(PATIENCE).until(() -> catalog.find(consultation).isPresent());
            for (int i = 0; i < ids.size(); i++) {
                producer.send(new ProducerRecord<>(Topics.RESPONSES_RECEIVED.name(), ids.get(i),
                        commented(ids.get(i), consultation, BUSES.get(i)))).get();
            }
        }
        await().atMost(PATIENCE).until(() -> ids.stream().allMatch(id -> !KafkaRecords.forKey(
                Topics.RESPONSES_CODED, id).isEmpty()));
        assertThat(ids).allSatisfy(id -> assertThat(codes(latest(id))).doesNotContain("q10-rural-buses"));

        var proposed = mvc.post().uri("/api/v1/consultations/{id}/emerging-themes/refresh", consultation)
                .with(Staff.signedIn(ANALYST)).exchange();
        assertThat(proposed).hasStatusOk();
        ThemeCandidate[] candidates = JSON.readValue(proposed.getResponse().getContentAsByteArray(),
                ThemeCandidate[].class);
        assertThat(candidates).hasSize(1);
        ThemeCandidate buses = candidates[0];
        assertThat(buses.questionId()).isEqualTo("q10");
        // One of the four also touches on a codeframe theme, poverty; that sentence is not unmatched
        assertThat(buses.responses()).isBetween(3, BUSES.size());
        assertThat(mvc.get().uri("/api/v1/consultations/{id}/emerging-themes", consultation)
                .with(Staff.signedIn(ANALYST)))
                .hasStatusOk().bodyJson().extractingPath("$[0].id").isEqualTo(buses.id());

        // The definition is public: examples are the analyst's, never a respondent's sentence
        String withoutExamples = """
                {"code": "q10-rural-buses", "label": "Rural bus services cut",
                 "description": "Cuts to bus services leave rural residents unable to meet others."}""";
        assertThat(accept(consultation, buses.id(), withoutExamples)).hasStatus(422)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.title").isEqualTo("Examples needed");
        String quoting = JSON.writeValueAsString(Map.of("code", "q10-rural-buses", "label", "Rural bus services cut",
                "description", "Cuts to bus services leave rural residents unable to meet others.",
                "examples", List.of("Buses are too few.", "  " + buses.examples().get(0).toUpperCase() + " ")));
        assertThat(accept(consultation, buses.id(), quoting)).hasStatus(422)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.title").isEqualTo("Respondent's words");
        assertThat(catalog.find(consultation).orElseThrow().codeframeVersion()).isEqualTo(1);

        List<String> analystsExamples = List.of("The village bus has gone, so I cannot get to town.",
                "Without buses, people without cars are stuck at home.");
        assertThat(accept(consultation, buses.id(), JSON.writeValueAsString(Map.of("code", "q10-rural-buses",
                "label", "Rural bus services cut",
                "description", "Cuts to bus services leave rural residents unable to meet others.",
                "examples", analystsExamples))))
                .hasStatus(202).bodyJson().extractingPath("$.codeframeVersion").isEqualTo(2);

        await().atMost(PATIENCE).until(() -> catalog.find(consultation).orElseThrow().codeframeVersion() == 2);
        ConsultationDefinition changed = catalog.find(consultation).orElseThrow();
        assertThat(changed.question("q10").orElseThrow().codeframe()).last()
                .satisfies(theme -> assertThat(theme.examples()).isEqualTo(analystsExamples));
        String published = JSON.writeValueAsString(changed);
        assertThat(BUSES).allSatisfy(sentence -> assertThat(published).doesNotContain(sentence));
        assertThat(buses.examples()).isNotEmpty()
                .allSatisfy(sentence -> assertThat(published).doesNotContain(sentence));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(ids).allSatisfy(id -> {
            ResponseCoded recoded = latest(id);
            assertThat(recoded.codeframeVersion()).isEqualTo(2);
            assertThat(codes(recoded)).contains("q10-rural-buses");
        }));
        SchemaContract.assertConforms(SchemaContract.RESPONSE_CODED, latest(ids.get(0)));
    }

    @Test
    void unknownConsultationsAndCandidatesAreProblems() throws Exception {
        String consultation = "emerging-" + UUID.randomUUID().toString().substring(0, 8);
        try (KafkaProducer<String, Object> producer = TestEvents.producer()) {
            producer.send(new ProducerRecord<>(Topics.CONSULTATIONS.name(), consultation,
                    TestEvents.consultation(consultation, 1, TestEvents.BUNDLED.questions()))).get();
        }
        await().atMost(PATIENCE).until(() -> catalog.find(consultation).isPresent());

        assertThat(mvc.get().uri("/api/v1/consultations/no-such-consultation/emerging-themes")
                .with(Staff.signedIn(ANALYST)))
                .hasStatus(404).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.post().uri("/api/v1/consultations/{id}/emerging-themes/no-such-candidate/accept",
                consultation).with(Staff.signedIn(ANALYST)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\": \"q1-new\", \"label\": \"New\", \"description\": \"New.\", \"examples\": [\"New.\"]}"))
                .hasStatus(404).hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.title").isEqualTo("Unknown candidate theme");
    }

    private MvcTestResult accept(String consultation, String candidateId, String theme) {
        return mvc.post().uri("/api/v1/consultations/{id}/emerging-themes/{candidate}/accept", consultation,
                candidateId).with(Staff.signedIn(ANALYST)).contentType(MediaType.APPLICATION_JSON).content(theme)
                .exchange();
    }

    private static List<String> codes(ResponseCoded coded) {
        return coded.answers().get("q10").themes().stream().map(ThemeAssignment::code).toList();
    }

    private static ResponseCoded latest(String responseId) {
        var records = KafkaRecords.forKey(Topics.RESPONSES_CODED, responseId);
        return EventJson.fromBytes(records.get(records.size() - 1).value(), ResponseCoded.class);
    }

    static ResponseReceived commented(String responseId, String consultationId, String comment) {
        return new ResponseReceived(responseId, consultationId, "ABCD-EFGH", Channel.ONLINE, Instant.now(), false,
                new ResponseReceived.Respondent(RespondentType.INDIVIDUAL, null),
                Map.of("q10", new ResponseReceived.Answer(Position.AGREE, comment)), null, List.of(),
                ResponseReceived.Source.none());
    }
}
