package uk.consultation.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.jayway.jsonpath.JsonPath;

import uk.consultation.schemas.EventJson;
import uk.consultation.schemas.SchemaContract;
import uk.consultation.schemas.Topics;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.ConsultationDefinitions;
import uk.consultation.schemas.consultation.ConsultationScheduleChanged;
import uk.consultation.schemas.consultation.Question;
import uk.consultation.schemas.response.ResponseReceived;
import uk.consultation.testsupport.KafkaRecords;
import uk.consultation.testsupport.TestInfrastructure;

/**
 * The three probes of the security review (issue 16), sent as the reviewer sent them, through intake's HTTP port: an
 * analyst rewriting a live consultation, a valid response larger than Kafka takes, and an email address built to make
 * a regular expression backtrack.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "consultation.access.users.analyst.password=analyst-secret",
        "consultation.access.users.coding.password=coding-secret",
        "consultation.access.users.admin.password=admin-secret",
        // the probes come from one address, more often than the per-client limit allows
        "intake.rate-limit.enabled=false"})
class SecurityProbesTest {

    private static final String EXAMPLE_ID = "integrated-communities-2018";
    private static final ConsultationDefinition EXAMPLE = ConsultationDefinitions.bundled(EXAMPLE_ID);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrapServers);
    }

    @Test
    void anAnalystCannotRewriteALiveConsultationsTitleDatesOrRetention() throws Exception {
        ConsultationDefinition rewritten = new ConsultationDefinition(EXAMPLE.id(), "A different consultation",
                EXAMPLE.department(), EXAMPLE.timeZone(), EXAMPLE.opens(), LocalDateTime.of(2030, 1, 1, 0, 0),
                EXAMPLE.codeframeVersion() + 1, EXAMPLE.questions(), Period.ofDays(1));

        for (String account : List.of("analyst", "coding")) {
            HttpResponse<String> refused = post("/api/v1/consultations", account, EventJson.toBytes(rewritten));
            assertThat(refused.statusCode()).as(account).isEqualTo(403);
            assertThat(refused.body()).contains("title", "closes", "retainTextFor");
        }
        byte[] now = get("/api/v1/consultations/" + EXAMPLE_ID).body().getBytes(StandardCharsets.UTF_8);
        assertThat(EventJson.fromBytes(now, ConsultationDefinition.class)).isEqualTo(EXAMPLE);
    }

    @Test
    void theCodingAccountChangesACodeframeAndOnlyAnAdministratorItsDatesWhichIsRecorded() throws Exception {
        ConsultationDefinition opened = withId(EXAMPLE, "probe-" + UUID.randomUUID().toString().substring(0, 8));
        assertThat(post("/api/v1/consultations", "admin", EventJson.toBytes(opened)).statusCode()).isEqualTo(201);

        // what coding-service sends when an analyst accepts an emerging theme: one more theme, the version raised
        Question first = opened.questions().get(0);
        List<Question.Theme> themes = new ArrayList<>(first.codeframe());
        themes.add(new Question.Theme(first.id() + "-emerging", "Emerging", "A theme respondents raised", List.of()));
        List<Question> questions = new ArrayList<>(opened.questions());
        questions.set(0, new Question(first.id(), first.number(), first.chapter(), first.text(),
                first.descriptions(), first.names(), first.kind(), first.options(), themes));
        ConsultationDefinition recoded = new ConsultationDefinition(opened.id(), opened.title(), opened.department(),
                opened.timeZone(), opened.opens(), opened.closes(), 2, questions, opened.retainTextFor());
        assertThat(post("/api/v1/consultations", "coding", EventJson.toBytes(recoded)).statusCode()).isEqualTo(201);

        ConsultationDefinition extended = new ConsultationDefinition(recoded.id(), recoded.title(),
                recoded.department(), recoded.timeZone(), recoded.opens(), recoded.closes().plusWeeks(2), 3,
                recoded.questions(), Period.ofYears(1));
        assertThat(post("/api/v1/consultations", "analyst", EventJson.toBytes(extended)).statusCode()).isEqualTo(403);
        assertThat(post("/api/v1/consultations", "admin", EventJson.toBytes(extended)).statusCode()).isEqualTo(201);

        List<ConsumerRecord<String, byte[]>> changes = KafkaRecords.forKey(Topics.CONSULTATION_CHANGES, opened.id());
        assertThat(changes).hasSize(1);
        SchemaContract.assertConforms(SchemaContract.CONSULTATION_SCHEDULE_CHANGED, changes.get(0).value());
        ConsultationScheduleChanged change = EventJson.fromBytes(changes.get(0).value(),
                ConsultationScheduleChanged.class);
        assertThat(change.changedBy()).isEqualTo("admin");
        assertThat(change.codeframeVersion()).isEqualTo(3);
        assertThat(change.before()).isEqualTo(ConsultationScheduleChanged.Schedule.of(recoded));
        assertThat(change.after()).isEqualTo(ConsultationScheduleChanged.Schedule.of(extended));
    }

    @Test
    void aResponseOfFifteenLongAnswersIsReceivedAndReadableDownstream() throws Exception {
        HttpResponse<String> accepted = submit(fifteenAnswers("The fund should reach small groups. ", 99_000));
        assertThat(accepted.statusCode()).isEqualTo(202);

        List<ConsumerRecord<String, byte[]>> received = KafkaRecords.forKey(Topics.RESPONSES_RECEIVED,
                JsonPath.read(accepted.body(), "$.responseId"));
        assertThat(received).isNotEmpty();
        assertThat(received.get(0).value().length).isGreaterThan(1_350_000);
        assertThat(EventJson.fromBytes(received.get(0).value(), ResponseReceived.class).answers()).hasSize(15);
    }

    @Test
    void aValidResponseLargerThanKafkaTakesIsRefusedAsTooLargeNamingTheLimit() throws Exception {
        // each comment within the 100,000-character limit; three bytes a character in UTF-8, over 4 MB in all
        HttpResponse<String> refused = submit(fifteenAnswers("€", 100_000));

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.headers().firstValue("Retry-After")).isEmpty();
        assertThat(refused.body()).contains(String.valueOf(Topics.MAX_RESPONSE_BYTES));
    }

    @Test
    void anEmailAddressOfEightyThousandDotsIsRefused() throws Exception {
        String email = "a@" + ".".repeat(80_000) + "@";
        HttpResponse<String> refused = submit(Map.of("respondent", Map.of("type", "individual", "email", email),
                "answers", Map.of("q1", Map.of("position", "agree"))));

        assertThat(refused.statusCode()).isBetween(400, 499);
        assertThat(refused.body()).contains("respondent.email");
    }

    private static Map<String, Object> fifteenAnswers(String words, int characters) {
        String comment = words.repeat(characters / words.length() + 1).substring(0, characters);
        Map<String, Object> answers = new LinkedHashMap<>();
        EXAMPLE.questions().forEach(question -> answers.put(question.id(), Map.of("comment", comment)));
        assertThat(answers).hasSize(15);
        return Map.of("respondent", Map.of("type", "individual"), "answers", answers);
    }

    private static ConsultationDefinition withId(ConsultationDefinition definition, String id) {
        return new ConsultationDefinition(id, definition.title(), definition.department(), definition.timeZone(),
                definition.opens(), definition.closes(), 1, definition.questions(), definition.retainTextFor());
    }

    private HttpResponse<String> submit(Map<String, Object> body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri("/api/v1/consultations/" + EXAMPLE_ID + "/responses"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(EventJson.toBytes(body))));
    }

    private HttpResponse<String> post(String path, String account, byte[] json)
            throws IOException, InterruptedException {
        String credentials = account + ":" + account + "-secret";
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        credentials.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(json)));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
