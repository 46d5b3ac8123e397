package uk.consultation.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.consultation.access.StaffRole;
import uk.consultation.schemas.EventJson;
import uk.consultation.schemas.Topics;
import uk.consultation.schemas.coding.ResponseCoded;
import uk.consultation.testsupport.KafkaRecords;
import uk.consultation.testsupport.TestInfrastructure;

/**
 * The whole pipeline as it runs in production: the three services' executable jars as separate processes, a real
 * Kafka broker and the Mongo-compatible store (or, with Docker, the real images). Responses go in over HTTP and the
 * figures come back over HTTP, exactly.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineEndToEndTest {

    private static final String CONSULTATION = "integrated-communities-2018";
    private static final Duration FIGURES_WAIT = Duration.ofSeconds(90);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static RunningSystem system;

    /** What the figures must say, tallied from what intake accepted. */
    private static final Expected expected = new Expected();

    @BeforeAll
    static void startTheSystem() throws Exception {
        system = RunningSystem.start("e2e");
    }

    @AfterAll
    static void stopTheSystem() throws InterruptedException {
        if (system != null) {
            system.close();
        }
    }

    @Test
    @Order(1)
    void submittedResponsesBecomeFigures() throws Exception {
        for (int i = 0; i < 30; i++) {
            submit(i, null);
        }
        // A retry with the same Idempotency-Key is the same response: counted once.
        String first = submit(1000, "retry-key").get("responseId").asString();
        String again = submitAgain(1000, "retry-key").get("responseId").asString();
        assertThat(again).isEqualTo(first);

        awaitFiguresMatchExpected();
        JsonNode q1 = get(system.reporting().baseUrl() + "/api/v1/consultations/" + CONSULTATION + "/questions/q1/figures");
        assertThat(q1.get("questionId").asString()).isEqualTo("q1");
        int organisations = q1.get("organisations").get("responses").asInt();
        int agree = q1.get("organisations").get("agree").asInt();
        assertThat(q1.get("organisations").get("agreePercent").asInt())
                .isEqualTo((int) Math.floor(100.0 * agree / organisations + 0.5));
    }

    @Test
    @Order(2)
    void reportingKilledMidStreamNeitherLosesNorDoubleCounts() throws Exception {
        for (int i = 30; i < 130; i++) {
            submit(i, null);
            if (i == 60) {
                system.reporting().kill();
            }
        }
        system.restartReporting();
        for (int i = 130; i < 150; i++) {
            submit(i, null);
        }
        awaitFiguresMatchExpected();
        assertFiguresEqualARecountOfTheCodings();
    }

    @Test
    @Order(3)
    void badInputIsRefusedWithAProblemNamingTheField() throws Exception {
        HttpResponse<String> response = post(system.intake().baseUrl() + "/api/v1/consultations/" + CONSULTATION + "/responses",
                null, "{\"respondent\": {\"type\": \"individual\"}, \"answers\": {\"q1\": {\"position\": \"maybe\"}}}");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(response.body()).get("errors").get(0).get("field").asString())
                .isEqualTo("answers.q1.position");
        awaitFiguresMatchExpected();
    }

    // --- submissions ---------------------------------------------------------------------------------------------

    private static final String[] POSITIONS = {"agree", "disagree", "not_sure"};

    /** Submission i: every third an organisation; positions vary by question; some comment on open question 3. */
    private static String body(int i) {
        String type = i % 3 == 0 ? "organisation" : "individual";
        String q1 = POSITIONS[i % 3 == 0 ? (i / 3) % 3 : i % 2];
        String q9a = POSITIONS[(i + 2) % 3];
        StringBuilder answers = new StringBuilder()
                .append("\"q1\": {\"position\": \"").append(q1).append("\"}")
                .append(", \"q9a\": {\"position\": \"").append(q9a).append("\", \"comment\": \"Response ").append(i).append("\"}");
        if (i % 4 == 0) {
            answers.append(", \"q3\": {\"comment\": \"Sport and shared projects bring people together.\"}");
        }
        return """
                {"respondent": {"type": "%s", "organisationName": "Organisation %d", "name": "Person %d",
                                "email": "person%d@example.org"},
                 "answers": {%s}}
                """.formatted(type, i, i, i, answers);
    }

    private static JsonNode submit(int i, @Nullable String idempotencyKey) throws Exception {
        JsonNode receipt = submitAgain(i, idempotencyKey);
        expected.count(i % 3 == 0 ? "organisation" : "individual",
                POSITIONS[i % 3 == 0 ? (i / 3) % 3 : i % 2], POSITIONS[(i + 2) % 3], i % 4 == 0);
        return receipt;
    }

    private static JsonNode submitAgain(int i, @Nullable String idempotencyKey) throws Exception {
        HttpResponse<String> response = post(system.intake().baseUrl() + "/api/v1/consultations/" + CONSULTATION + "/responses",
                idempotencyKey, body(i));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode receipt = JSON.readTree(response.body());
        assertThat(receipt.get("reference").asString()).matches("[0-9A-Z]{4}-[0-9A-Z]{4}");
        return receipt;
    }

    // --- figures -------------------------------------------------------------------------------------------------

    private static void awaitFiguresMatchExpected() {
        await().atMost(FIGURES_WAIT).pollInterval(Duration.ofMillis(500)).ignoreExceptions().untilAsserted(() -> {
            JsonNode figures = get(system.reporting().baseUrl() + "/api/v1/consultations/" + CONSULTATION + "/figures");
            assertThat(figures.get("responses").asInt()).isEqualTo(expected.responses);
            assertThat(figures.get("byChannel").get("online").asInt()).isEqualTo(expected.responses);
            Map<String, JsonNode> questions = new HashMap<>();
            figures.get("questions").forEach(question -> questions.put(question.get("questionId").asString(), question));
            assertThat(questions).hasSize(15);
            expected.assertQuestion(questions.get("q1"), expected.q1);
            expected.assertQuestion(questions.get("q9a"), expected.q9a);
            assertThat(questions.get("q3").get("responses").asInt()).isEqualTo(expected.q3);
            assertThat(questions.get("q2").get("responses").asInt()).isZero();
        });
    }

    /**
     * The figures against a from-scratch recount of what coding published: every coding on {@code responses-coded}
     * for the consultation, the latest of each response (highest version, then later record), counted again.
     */
    private static void assertFiguresEqualARecountOfTheCodings() throws Exception {
        Map<String, ConsumerRecord<String, byte[]>> records = new HashMap<>();
        Map<String, ResponseCoded> latest = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : KafkaRecords.all(TestInfrastructure.kafkaBootstrapServers(),
                Topics.RESPONSES_CODED)) {
            ResponseCoded coding = EventJson.MAPPER.readValue(record.value(), ResponseCoded.class);
            ResponseCoded counted = latest.get(coding.responseId());
            if (coding.consultationId().equals(CONSULTATION) && (counted == null || coding.version() > counted.version()
                    || (coding.version() == counted.version()
                            && record.offset() > records.get(coding.responseId()).offset()))) {
                latest.put(coding.responseId(), coding);
                records.put(coding.responseId(), record);
            }
        }
        Map<String, Integer> recount = new TreeMap<>();
        for (ResponseCoded coding : latest.values()) {
            recount.merge("responses", 1, Integer::sum);
            recount.merge("byChannel." + coding.channel().wireName(), 1, Integer::sum);
            recount.merge("byRespondentType." + coding.respondent().type().wireName(), 1, Integer::sum);
            coding.answers().forEach((question, answer) -> {
                if (answer.position() != null) {
                    recount.merge(question + "." + coding.respondent().type().wireName() + "s."
                            + POSITION_FIELDS.get(answer.position().wireName()), 1, Integer::sum);
                }
            });
        }
        JsonNode figures = get(system.reporting().baseUrl() + "/api/v1/consultations/" + CONSULTATION + "/figures");
        Map<String, Integer> stored = new TreeMap<>();
        stored.put("responses", figures.get("responses").asInt());
        figures.get("byChannel").properties().forEach(channel -> stored.put("byChannel." + channel.getKey(),
                channel.getValue().asInt()));
        figures.get("byRespondentType").properties().forEach(type -> stored.put("byRespondentType." + type.getKey(),
                type.getValue().asInt()));
        figures.get("questions").forEach(question -> List.of("organisations", "individuals").forEach(type ->
                POSITION_FIELDS.values().forEach(field -> stored.put(question.get("questionId").asString() + "." + type
                        + "." + field, question.get(type).get(field).asInt()))));
        stored.values().removeIf(count -> count == 0);
        assertThat(stored).isEqualTo(recount);
    }

    private static final Map<String, String> POSITION_FIELDS = Map.of("agree", "agree", "disagree", "disagree",
            "not_sure", "notSure");

    private static final class Expected {
        int responses;
        int q3;
        final Map<String, Integer> q1 = new HashMap<>();
        final Map<String, Integer> q9a = new HashMap<>();

        void count(String type, String q1Position, String q9aPosition, boolean q3Comment) {
            responses++;
            q1.merge(type + "." + q1Position, 1, Integer::sum);
            q9a.merge(type + "." + q9aPosition, 1, Integer::sum);
            if (q3Comment) {
                q3++;
            }
        }

        void assertQuestion(JsonNode question, Map<String, Integer> counts) {
            assertThat(question.get("responses").asInt()).isEqualTo(responses);
            for (String type : List.of("organisation", "individual")) {
                JsonNode byType = question.get(type + "s");
                int agree = counts.getOrDefault(type + ".agree", 0);
                int disagree = counts.getOrDefault(type + ".disagree", 0);
                int notSure = counts.getOrDefault(type + ".not_sure", 0);
                assertThat(byType.get("agree").asInt()).isEqualTo(agree);
                assertThat(byType.get("disagree").asInt()).isEqualTo(disagree);
                assertThat(byType.get("notSure").asInt()).isEqualTo(notSure);
                assertThat(byType.get("responses").asInt()).isEqualTo(agree + disagree + notSure);
            }
        }
    }

    // --- HTTP ----------------------------------------------------------------------------------------------------

    private static HttpResponse<String> post(String url, @Nullable String idempotencyKey, String json) throws Exception {
        HttpRequest.Builder request = RunningSystem.request(url, null)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return RunningSystem.send(request);
    }

    private static JsonNode get(String url) throws Exception {
        HttpResponse<String> response = RunningSystem.send(RunningSystem.request(url, StaffRole.REPORT_AUTHOR)
                .timeout(Duration.ofSeconds(10)));
        assertThat(response.statusCode()).as(url + " " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
