package uk.consultation.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.consultation.access.StaffRole;

/**
 * An analyst's review, through the three services as separate processes: the response's position changes in the
 * live figures, and the figures show the answer as reviewed rather than as the respondent's form gave it.
 */
class ReviewChangesFiguresTest {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static RunningSystem system;

    @BeforeAll
    static void startTheSystem() throws Exception {
        system = RunningSystem.start("review");
    }

    @AfterAll
    static void stopTheSystem() throws InterruptedException {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void aReviewChangesTheLiveFigures() throws Exception {
        String consultation = "review-" + UUID.randomUUID().toString().substring(0, 8);
        system.registerExampleAs(consultation);
        HttpResponse<String> submitted = RunningSystem.postJson(
                system.intake().baseUrl() + "/api/v1/consultations/" + consultation + "/responses", null, """
                        {"respondent": {"type": "individual"},
                         "answers": {"q1": {"position": "agree", "comment": "Shared activities matter."}}}
                        """);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(202);
        String responseId = JSON.readTree(submitted.body()).get("responseId").asString();

        await().atMost(WAIT).ignoreExceptions().untilAsserted(() -> {
            JsonNode q1 = system.figures(consultation, "/questions/q1/figures", WAIT);
            assertThat(q1.get("individuals").get("agree").asInt()).isEqualTo(1);
            assertThat(q1.get("bySource").get("explicit").asInt()).isEqualTo(1);
        });
        String coding = system.coding().baseUrl() + "/api/v1/responses/" + responseId;
        await().atMost(WAIT).until(() -> RunningSystem.get(coding + "/coding", StaffRole.ANALYST).statusCode() == 200);
        int version = JSON.readTree(RunningSystem.get(coding + "/coding", StaffRole.ANALYST).body())
                .get("coding").get("version").asInt();

        // The reviewer is whoever signed in, not a name the request gives
        HttpResponse<String> reviewed = RunningSystem.postJson(coding + "/reviews", StaffRole.ANALYST, """
                {"version": %d,
                 "answers": {"q1": {"position": "disagree"}}, "note": "The comment disagrees."}
                """.formatted(version));
        assertThat(reviewed.statusCode()).as(reviewed.body()).isEqualTo(202);

        await().atMost(WAIT).ignoreExceptions().untilAsserted(() -> {
            JsonNode q1 = system.figures(consultation, "/questions/q1/figures", WAIT);
            assertThat(q1.get("responses").asInt()).isEqualTo(1);
            assertThat(q1.get("individuals").get("agree").asInt()).isZero();
            assertThat(q1.get("individuals").get("disagree").asInt()).isEqualTo(1);
            assertThat(q1.get("bySource").get("explicit").asInt()).isZero();
            assertThat(q1.get("bySource").get("reviewed").asInt()).isEqualTo(1);
        });
        JsonNode trail = JSON.readTree(RunningSystem.get(coding + "/coding", StaffRole.ANALYST).body());
        assertThat(trail.get("coding").get("version").asInt()).isEqualTo(version + 1);
        assertThat(trail.get("reviews").get(0).get("review").get("reviewer").asString()).isEqualTo(StaffRole.ANALYST.localUser());
    }
}
