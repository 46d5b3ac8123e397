package uk.consultation.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.consultation.access.StaffRole;

/**
 * Respondents keep raising something the codeframe lacks; an analyst accepts the candidate theme coding proposes, and
 * the live figures gain the theme: through intake's consultation API, Kafka, coding's recoding and reporting.
 */
class EmergingThemeSystemTest {

    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CONSULTATION = "emerging-" + UUID.randomUUID().toString().substring(0, 8);
    private static final List<String> BUSES = List.of(
            "The bus to our village was cut, so older people cannot get into town any more.",
            "Our only bus route was withdrawn and now nobody can get anywhere without a car.",
            "Cuts to local bus services have left many residents stuck at home.",
            "Since the bus service to the estate stopped, people there cannot reach the town at all.");

    private static RunningSystem system;

    @BeforeAll
    static void startTheSystem() throws Exception {
        system = RunningSystem.start("emerging-themes");
        system.registerExampleAs(CONSULTATION);
    }

    @AfterAll
    static void stopTheSystem() throws InterruptedException {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void anAcceptedEmergingThemeChangesTheLiveFigures() throws Exception {
        for (String comment : BUSES) {
            HttpResponse<String> accepted = post(system.intake().baseUrl() + "/api/v1/consultations/" + CONSULTATION
                    + "/responses", null, """
                    {"respondent": {"type": "individual"},
                     "answers": {"q10": {"position": "agree", "comment": "%s"}}}""".formatted(comment));
            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        }
        await().atMost(WAIT).ignoreExceptions().until(() -> q10().get("responses").asInt() == BUSES.size());
        assertThat(theme("q10-rural-buses")).isEmpty();

        String emerging = system.coding().baseUrl() + "/api/v1/consultations/" + CONSULTATION + "/emerging-themes";
        List<JsonNode> candidates = new ArrayList<>();
        await().atMost(WAIT).until(() -> {
            candidates.clear();
            JSON.readTree(post(emerging + "/refresh", StaffRole.ANALYST, "").body()).forEach(candidates::add);
            return candidates.stream().anyMatch(candidate -> candidate.get("questionId").asString().equals("q10"));
        });
        JsonNode buses = candidates.stream().filter(candidate -> candidate.get("questionId").asString().equals("q10"))
                .findFirst().orElseThrow();
        assertThat(buses.get("responses").asInt()).isGreaterThanOrEqualTo(3);

        HttpResponse<String> accepted = post(emerging + "/" + buses.get("id").asString() + "/accept", StaffRole.ANALYST, """
                {"code": "q10-rural-buses", "label": "Rural bus services cut",
                 "description": "Cuts to bus services leave residents unable to get about and meet others.",
                 "examples": ["The village bus has gone, so I cannot get to town."]}""");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);

        // The recoding replays every response; the figures follow as the new codings arrive
        await().atMost(WAIT).ignoreExceptions().untilAsserted(() -> assertThat(theme("q10-rural-buses")
                .map(theme -> theme.get("individuals").asInt())).contains(buses.get("responses").asInt()));
        assertThat(theme("q10-rural-buses").orElseThrow().get("label").asString()).isEqualTo("Rural bus services cut");
        assertThat(q10().get("responses").asInt()).isEqualTo(BUSES.size());
    }

    private static Optional<JsonNode> theme(String code) throws Exception {
        for (JsonNode theme : q10().get("themes")) {
            if (theme.get("code").asString().equals(code)) {
                return Optional.of(theme);
            }
        }
        return Optional.empty();
    }

    private static JsonNode q10() throws Exception {
        return system.figures(CONSULTATION, "/questions/q10/figures", Duration.ofSeconds(10));
    }

    private static HttpResponse<String> post(String url, @Nullable StaffRole as, String json) throws Exception {
        return RunningSystem.send(RunningSystem.request(url, as)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }
}
