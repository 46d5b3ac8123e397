package uk.consultation.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.consultation.access.StaffRole;
import uk.consultation.schemas.Topics;
import uk.consultation.testsupport.KafkaRecords;

/**
 * Personal data through the three services as separate processes: a respondent's name and email address, given as
 * contact details and written into the text, reach no figure, quote, export or summary; erasure by the respondent's
 * reference removes their text from the latest coding and the quotes while every figure stays exactly as it was.
 */
class ErasureSystemTest {

    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final List<String> PERSONAL = List.of("Jane", "Smith", "jane@example.org");
    private static final String THEME = "/questions/q3/themes/q3-english-language-access/quotes";

    private static RunningSystem system;

    @BeforeAll
    static void startTheSystem() throws Exception {
        system = RunningSystem.start("erasure");
    }

    @AfterAll
    static void stopTheSystem() throws InterruptedException {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void noContactDataReachesReportsAndErasureKeepsEveryFigure() throws Exception {
        String consultation = "erasure-" + UUID.randomUUID().toString().substring(0, 8);
        system.registerExampleAs(consultation);
        HttpResponse<String> submitted = RunningSystem.postJson(
                system.intake().baseUrl() + "/api/v1/consultations/" + consultation + "/responses", null, """
                        {"respondent": {"type": "individual", "name": "Jane Smith", "email": "jane@example.org"},
                         "answers": {"q1": {"position": "agree", "comment": "I am Jane Smith, jane@example.org."},
                                     "q3": {"comment": "I am Jane Smith (jane@example.org) and the free English \
                        classes at our community centre helped women make friends and find work."}}}
                        """);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(202);
        JsonNode receipt = JSON.readTree(submitted.body());
        String responseId = receipt.get("responseId").asString();

        await().atMost(WAIT).ignoreExceptions().untilAsserted(() ->
                assertThat(system.reportingText(consultation, THEME, WAIT)).contains("English classes"));
        ObjectNode before = figures(consultation);
        assertThat(before.get("questions").toString()).contains("\"responses\":1");
        assertThat(before.remove("needsReview").asInt()).isEqualTo(1);
        for (String report : reports(consultation)) {
            assertThat(report).doesNotContain(PERSONAL);
        }

        HttpResponse<String> erased = RunningSystem.postJson(system.intake().baseUrl() + "/api/v1/consultations/"
                + consultation + "/references/" + receipt.get("reference").asString() + "/erasure", StaffRole.ADMIN, "");
        assertThat(erased.statusCode()).as(erased.body()).isEqualTo(202);

        await().atMost(WAIT).ignoreExceptions().untilAsserted(() ->
                assertThat(JSON.readTree(system.reportingText(consultation, THEME, WAIT)).get("quotes")).isEmpty());
        await().atMost(WAIT).ignoreExceptions().untilAsserted(() ->
                assertThat(system.figures(consultation, "/figures", WAIT).get("needsReview").asInt()).isZero());
        ObjectNode after = figures(consultation);
        after.remove("needsReview");
        assertThat(after).isEqualTo(before);
        String coding = RunningSystem.get(system.coding().baseUrl() + "/api/v1/responses/" + responseId + "/coding",
                StaffRole.ANALYST).body();
        assertThat(coding).contains("\"erased\"").doesNotContain("English classes", "[name]");
        List<ConsumerRecord<String, byte[]>> contacts = KafkaRecords.forKey(Topics.RESPONSE_CONTACTS, responseId);
        assertThat(contacts.get(contacts.size() - 1).value()).as("the contact's tombstone").isNull();
        for (String report : reports(consultation)) {
            assertThat(report).doesNotContain(PERSONAL).doesNotContain("English classes");
        }
    }

    /**
     * The whole consultation's figures and each question's, without the times they were last updated, and the review
     * queue apart: an erased response leaves it, as nothing is left to review.
     */
    private static ObjectNode figures(String consultation) throws IOException, InterruptedException {
        ObjectNode all = (ObjectNode) system.figures(consultation, "/figures", WAIT);
        for (String question : List.of("q1", "q3")) {
            all.set("figures-" + question, system.figures(consultation, "/questions/" + question + "/figures", WAIT));
        }
        withoutTimes(all);
        return all;
    }

    private static void withoutTimes(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove("asOf");
        }
        node.forEach(ErasureSystemTest::withoutTimes);
    }

    /** What report authors get: figures, quotes, the CSV and workbook exports and the drafted summary, as text. */
    private static List<String> reports(String consultation) throws IOException, InterruptedException {
        return List.of(system.reportingText(consultation, "/figures", WAIT),
                system.reportingText(consultation, "/questions/q3/figures", WAIT),
                system.reportingText(consultation, THEME, WAIT),
                system.reportingText(consultation, "/figures.csv", WAIT),
                system.reportingText(consultation, "/summary.md", WAIT),
                workbookText(consultation));
    }

    /** Every part of the XLSX (a zip of XML), unpacked, so that a name in any cell would show. */
    private static String workbookText(String consultation) throws IOException, InterruptedException {
        byte[] workbook = HTTP.send(RunningSystem.request(system.reporting().baseUrl()
                        + "/api/v1/consultations/" + consultation + "/figures.xlsx", StaffRole.REPORT_AUTHOR).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();
        StringBuilder text = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(workbook))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                text.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(text).as("the workbook's sheets").contains("Questions");
        return text.toString();
    }
}
