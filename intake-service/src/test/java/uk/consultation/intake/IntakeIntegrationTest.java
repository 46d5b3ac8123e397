package uk.consultation.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import uk.consultation.schemas.EventJson;
import uk.consultation.schemas.SchemaContract;
import uk.consultation.schemas.Topics;
import uk.consultation.schemas.response.ResponseReceived;
import uk.consultation.testsupport.KafkaRecords;
import uk.consultation.testsupport.TestInfrastructure;

/** Intake against a real Kafka broker: what it publishes, and that it conforms to the event contracts. */
@SpringBootTest
@AutoConfigureMockMvc
class IntakeIntegrationTest {

    private static final String CONSULTATION = "integrated-communities-2018";

    private static final RequestPostProcessor TRANSCRIBER = user("transcriber").roles("TRANSCRIBER");
    private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrapServers);
    }

    @Test
    void publishesEachAcceptedResponseAndItsContactDetailsApart() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = """
                {"respondent": {"type": "organisation", "organisationName": "Example Trust",
                                "name": "Ann Example", "email": "ann@example.org"},
                 "answers": {"q1": {"position": "disagree", "comment": "Not enough on funding."},
                             "q3": {"comment": "Youth sport."}}}
                """;
        String first = submit(key, body);
        String again = submit(key, body);
        String responseId = JsonPath.read(first, "$.responseId");
        assertThat((String) JsonPath.read(again, "$.responseId")).isEqualTo(responseId);

        List<ConsumerRecord<String, byte[]>> received = KafkaRecords.forKey(Topics.RESPONSES_RECEIVED, responseId);
        assertThat(received).hasSize(2);
        for (ConsumerRecord<String, byte[]> record : received) {
            SchemaContract.assertConforms(SchemaContract.RESPONSE_RECEIVED, record.value());
            ResponseReceived event = EventJson.fromBytes(record.value(), ResponseReceived.class);
            assertThat(event.answers()).containsOnlyKeys("q1", "q3");
            assertThat(event.source().idempotencyKey()).isEqualTo(key);
            assertThat(new String(record.value())).doesNotContain("ann@example.org").doesNotContain("Ann Example");
        }
        List<ConsumerRecord<String, byte[]>> contacts = KafkaRecords.forKey(Topics.RESPONSE_CONTACTS, responseId);
        assertThat(contacts).isNotEmpty();
        SchemaContract.assertConforms(SchemaContract.RESPONSE_CONTACT, contacts.get(0).value());
    }

    @Test
    void offersTheMappingAnExportWasImportedWithForTheSameSurveysNextExport() throws Exception {
        // a header of this run's own, as the broker may hold mappings from earlier runs
        String comments = "Comments " + UUID.randomUUID();
        MockMultipartFile export = new MockMultipartFile("export", "export.csv", "text/csv",
                ("UserID,Ended,Do you agree with our definition?," + comments + "\r\n"
                        + "41870001,02/04/2018 10:15:00,Agree,Shared activities\r\n").getBytes(StandardCharsets.UTF_8));
        String imports = "/api/v1/consultations/" + CONSULTATION + "/imports";
        mvc.perform(multipart(imports + "/preview").file(export).param("platform", "smartsurvey").with(TRANSCRIBER)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.saved").value(false));
        String mapping = """
                {"platform": "smartsurvey", "survey": "community-survey", "responseIdColumn": "UserID",
                 "submittedAtColumn": "Ended",
                 "questions": [{"questionId": "q1", "positionColumn": "Do you agree with our definition?",
                                "commentColumn": "%s"}],
                 "positions": {"Agree": "agree"}}""".formatted(comments);

        String location = mvc.perform(multipart(imports).file(export).file(new MockMultipartFile("mapping", "",
                        "application/json", mapping.getBytes(StandardCharsets.UTF_8))).with(TRANSCRIBER).with(csrf()))
                .andExpect(status().isAccepted())
                .andReturn().getResponse().getHeader("Location");
        // the mapping is kept once the import has finished
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> mvc.perform(get(location).with(TRANSCRIBER))
                .andExpect(jsonPath("$.state").value("finished"))
                .andExpect(jsonPath("$.accepted").value(1)));

        mvc.perform(multipart(imports + "/preview").file(export).param("platform", "smartsurvey").with(TRANSCRIBER)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.saved").value(true))
                .andExpect(jsonPath("$.mapping.survey").value("community-survey"))
                .andExpect(jsonPath("$.mapping.questions[0].commentColumn").value(comments));
    }

    @Test
    void publishesATranscribedLetterOnceWhateverTimesItIsEntered() throws Exception {
        String scan = "SCAN-" + UUID.randomUUID();
        String letter = """
                {"text": "Dear Secretary of State, we welcome the strategy.", "receivedOn": "2018-05-02",
                 "scanReference": "%s", "transcribedBy": "clerk-7",
                 "sender": {"type": "organisation", "organisationName": "Example Trust", "name": "Ann Example"}}
                """.formatted(scan);
        String first = mvc.perform(post("/api/v1/consultations/" + CONSULTATION + "/letters")
                        .with(TRANSCRIBER).contentType(MediaType.APPLICATION_JSON).content(letter))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        mvc.perform(post("/api/v1/consultations/" + CONSULTATION + "/letters")
                        .with(TRANSCRIBER).contentType(MediaType.APPLICATION_JSON).content(letter))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.responseId").value((String) JsonPath.read(first, "$.responseId")));

        List<ConsumerRecord<String, byte[]>> received = KafkaRecords.forKey(Topics.RESPONSES_RECEIVED,
                JsonPath.read(first, "$.responseId"));
        assertThat(received).hasSize(2);
        SchemaContract.assertConforms(SchemaContract.RESPONSE_RECEIVED, received.get(0).value());
        ResponseReceived event = EventJson.fromBytes(received.get(0).value(), ResponseReceived.class);
        assertThat(event.source().scanReference()).isEqualTo(scan);
        assertThat(new String(received.get(0).value())).doesNotContain("Ann Example");
    }

    /**
     * Issue 16, point 5: whoever reuses a key (guessed, leaked or by mistake) with another body is refused with 422, as
     * the IETF Idempotency-Key draft says, and told nothing of the response the key was used for.
     */
    @Test
    void anotherBodyUnderSomeoneElsesKeyIsRefusedAndNeverReplacesTheirResponseOrContact() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = """
                {"respondent": {"type": "individual", "name": "Ann Example", "email": "ann@example.org"},
                 "answers": {"q1": {"position": "agree", "comment": "Yes, classes matter."}}}
                """;
        String theirs = submit(key, body);
        String theirId = JsonPath.read(theirs, "$.responseId");
        String theirReference = JsonPath.read(theirs, "$.reference");

        String refusal = mvc.perform(post("/api/v1/consultations/" + CONSULTATION + "/responses")
                        .contentType(MediaType.APPLICATION_JSON).header("Idempotency-Key", key).content("""
                                {"respondent": {"type": "individual", "name": "Mal Icious", "email": "mal@example.org"},
                                 "answers": {"q1": {"position": "disagree", "comment": "Replaced."}}}
                                """))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.title").value("The key was already used for a different response"))
                .andReturn().getResponse().getContentAsString();
        assertThat(refusal).doesNotContain(theirId).doesNotContain(theirReference).doesNotContain("classes")
                .doesNotContain("ann@example.org");

        // Their own retry is still the same response
        assertThat((String) JsonPath.read(submit(key, body), "$.responseId")).isEqualTo(theirId);
        assertThat(KafkaRecords.forKey(Topics.RESPONSES_RECEIVED, theirId)).hasSize(2).allSatisfy(record ->
                assertThat(EventJson.fromBytes(record.value(), ResponseReceived.class).answers().get("q1").comment())
                        .isEqualTo("Yes, classes matter."));
        assertThat(KafkaRecords.forKey(Topics.RESPONSE_CONTACTS, theirId)).allSatisfy(record ->
                assertThat(new String(record.value())).contains("ann@example.org").doesNotContain("mal@example.org"));
    }

    /** Issue 16, point 5: a scan reference entered again with another transcription is refused, not a second letter. */
    @Test
    void anotherTranscriptionUnderAScanReferenceAlreadyUsedIsRefused() throws Exception {
        String letter = """
                {"text": "%s", "receivedOn": "2018-05-02", "transcribedBy": "clerk-7", "scanReference": "%s"}
                """;
        String scan = "SCAN-" + UUID.randomUUID();
        String first = enterLetter(letter.formatted("I support the strategy.", scan));

        mvc.perform(post("/api/v1/consultations/" + CONSULTATION + "/letters")
                        .with(TRANSCRIBER).contentType(MediaType.APPLICATION_JSON)
                        .content(letter.formatted("I oppose the strategy.", scan)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString(
                        "scan reference was already used for a different transcription")));
        assertThat(KafkaRecords.forKey(Topics.RESPONSES_RECEIVED, JsonPath.read(first, "$.responseId")))
                .singleElement().satisfies(record -> assertThat(
                        EventJson.fromBytes(record.value(), ResponseReceived.class).documentText())
                        .isEqualTo("I support the strategy."));
    }

    /** Issue 16, point 8: a client without a key that retries after a 503 must not make a second response. */
    @Test
    void aResponseSentAgainWithoutAKeyIsTheSameResponse() throws Exception {
        String body = """
                {"respondent": {"type": "individual"}, "answers": {"q1": {"position": "agree", "comment": "%s"}}}
                """.formatted(UUID.randomUUID());
        String first = submitWithoutAKey(body);
        String again = submitWithoutAKey(body);
        String other = submitWithoutAKey(body.replace("agree", "disagree"));

        String responseId = JsonPath.read(first, "$.responseId");
        assertThat((String) JsonPath.read(again, "$.responseId")).isEqualTo(responseId);
        assertThat((String) JsonPath.read(again, "$.reference")).isEqualTo(JsonPath.read(first, "$.reference"));
        assertThat((String) JsonPath.read(other, "$.responseId")).isNotEqualTo(responseId);
        assertThat(KafkaRecords.forKey(Topics.RESPONSES_RECEIVED, responseId)).hasSize(2);
    }

    /**
     * Issue 16, point 8: a letter without a scan reference entered again is the same response, but the same text from
     * another sender (a campaign's letters) is another.
     */
    @Test
    void aLetterWithoutAScanReferenceIsIdentifiedByItsContentAndItsSender() throws Exception {
        String letter = """
                {"text": "Dear Secretary of State, I support the strategy. %s", "receivedOn": "2018-05-02",
                 "transcribedBy": "%s", "sender": {"name": "%s"}}
                """;
        String campaign = UUID.randomUUID().toString();
        String first = enterLetter(letter.formatted(campaign, "clerk-7", "Ann Example"));
        String again = enterLetter(letter.formatted(campaign, "clerk-8", "Ann Example"));
        String anotherSender = enterLetter(letter.formatted(campaign, "clerk-7", "Bob Example"));

        String responseId = JsonPath.read(first, "$.responseId");
        assertThat((String) JsonPath.read(again, "$.responseId")).isEqualTo(responseId);
        assertThat((String) JsonPath.read(anotherSender, "$.responseId")).isNotEqualTo(responseId);
        assertThat(KafkaRecords.forKey(Topics.RESPONSES_RECEIVED, responseId)).hasSize(2);
    }

    @Test
    void publishesTheBundledConsultationAndRegistersNewOnes() throws Exception {
        mvc.perform(get("/api/v1/consultations/" + CONSULTATION))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.questions.length()").value(15));
        SchemaContract.assertConforms(SchemaContract.CONSULTATION_DEFINITION,
                KafkaRecords.forKey(Topics.CONSULTATIONS, CONSULTATION).get(0).value());

        String id = "test-" + UUID.randomUUID().toString().substring(0, 8);
        String definition = """
                {"id": "%s", "title": "Bus services", "timeZone": "Europe/London",
                 "opens": "2026-01-01T00:00:00", "closes": "2026-03-31T23:59:00", "codeframeVersion": 1,
                 "questions": [{"id": "q1", "number": "1", "chapter": "Buses", "text": "Do you agree?", "kind": "closed",
                                "options": [{"position": "agree", "label": "Yes"}, {"position": "disagree", "label": "No"}],
                                "codeframe": [{"code": "fares", "label": "Fares", "description": "Cost of travel",
                                               "examples": ["tickets are too dear"]}]}]}
                """.formatted(id);
        mvc.perform(post("/api/v1/consultations").with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content(definition))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/consultations").with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content(definition))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/consultations").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content(definition.replace("Bus services", "Trams")))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/consultations").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content(definition.replace("\"kind\": \"closed\"", "\"kind\": \"open\"")
                                .replace("\"id\": \"" + id, "\"id\": \"" + id + "-b")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("questions[0].options"));

        mvc.perform(post("/api/v1/consultations/" + id + "/responses").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"respondent\": {\"type\": \"individual\"}, \"answers\": {\"q1\": {\"position\": \"agree\"}}}"))
                .andExpect(status().isAccepted());
    }

    @Test
    void scriptAndMarkupInAResponseAreKeptAsTheTextTheRespondentWrote() throws Exception {
        String comment = "<script>alert('x')</script><b>Bold</b> & <a href=\"javascript:void(0)\">link</a>";
        String receipt = submit(UUID.randomUUID().toString(), """
                {"respondent": {"type": "individual"}, "answers": {"q1": {"position": "agree", "comment": %s}}}
                """.formatted(EventJson.MAPPER.writeValueAsString(comment)));

        ResponseReceived event = EventJson.fromBytes(
                KafkaRecords.forKey(Topics.RESPONSES_RECEIVED, JsonPath.read(receipt, "$.responseId")).get(0).value(),
                ResponseReceived.class);
        // Neither stripped nor escaped: it is text, and whatever displays it must treat it as text.
        assertThat(event.answers().get("q1").comment()).isEqualTo(comment);
    }

    private String submitWithoutAKey(String body) throws Exception {
        return mvc.perform(post("/api/v1/consultations/" + CONSULTATION + "/responses")
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isAccepted())
                .andReturn().getResponse().getContentAsString();
    }

    private String enterLetter(String letter) throws Exception {
        return mvc.perform(post("/api/v1/consultations/" + CONSULTATION + "/letters")
                        .with(TRANSCRIBER).contentType(MediaType.APPLICATION_JSON).content(letter))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
    }

    private String submit(String idempotencyKey, String body) throws Exception {
        return mvc.perform(post("/api/v1/consultations/" + CONSULTATION + "/responses")
                        .contentType(MediaType.APPLICATION_JSON).header("Idempotency-Key", idempotencyKey).content(body))
                .andExpect(status().isAccepted())
                .andReturn().getResponse().getContentAsString();
    }
}
