package uk.consultation.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.consultation.access.StaffRole;

/**
 * One export of each survey platform (test-support's {@code exports}, in the layouts the platforms write) imported
 * through intake's API with the mapping its preview suggests, as staff would in two commands, and counted in the
 * published figures, each platform's apart with {@code source=}: exactly the counts written down beside each fixture
 * when it was generated. Importing an export again changes nothing; an export that has grown adds only its new row.
 * Each import answers at once and is followed at the address it gives until it has finished.
 */
class PlatformImportsSystemTest {

    private static final Duration FIGURES_WAIT = Duration.ofSeconds(180);
    private static final Duration IMPORT_WAIT = Duration.ofSeconds(120);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CONSULTATION = "imports-" + UUID.randomUUID().toString().substring(0, 8);

    private static RunningSystem system;

    @BeforeAll
    static void startTheSystem() throws Exception {
        system = RunningSystem.start("imports");
        system.registerExampleAs(CONSULTATION);
    }

    @AfterAll
    static void stopTheSystem() throws InterruptedException {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void eachPlatformsExportIsCountedExactlyAndImportingItAgainChangesNothing() throws Exception {
        Map<String, String> fixtures = Map.of("citizen-space", "citizen-space.csv", "smartsurvey", "smartsurvey.csv",
                "microsoft-forms", "microsoft-forms.xlsx");
        for (var fixture : fixtures.entrySet()) {
            byte[] export = fixture(fixture.getValue());
            String mapping = preview(fixture.getKey(), fixture.getValue(), export);
            JsonNode report = importExport(fixture.getValue(), export, mapping);
            assertThat(report.get("accepted").asInt()).as(fixture.getValue())
                    .isEqualTo(count(expected(fixture.getValue()), "rows"));
            assertThat(report.get("state").asString()).as(fixture.getValue()).isEqualTo("finished");
            assertThat(report.get("refused").size()).as(fixture.getValue()).isZero();
        }
        for (var fixture : fixtures.entrySet()) {
            Properties expected = expected(fixture.getValue());
            await().atMost(FIGURES_WAIT).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                    .untilAsserted(() -> assertFigures(fixture.getKey(), expected));
        }

        // The same export again, then grown by one respondent: only the new row is added.
        byte[] citizenSpace = fixture("citizen-space.csv");
        String mapping = preview("citizen-space", "citizen-space.csv", citizenSpace);
        assertThat(importExport("citizen-space.csv", citizenSpace, mapping).get("accepted").asInt())
                .isEqualTo(count(expected("citizen-space.csv"), "rows"));
        byte[] grown = grownByOneRow(citizenSpace);
        JsonNode report = importExport("citizen-space.csv", grown, mapping);
        assertThat(report.get("rowsRead").asInt())
                .isEqualTo(count(expected("citizen-space.csv"), "rows") + 1);
        await().atMost(FIGURES_WAIT).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .untilAsserted(() -> assertThat(figures("?source=citizen-space").get("responses").asInt())
                        .isEqualTo(count(expected("citizen-space.csv"), "rows") + 1));
        assertFigures("smartsurvey", expected("smartsurvey.csv"));
        assertFigures("microsoft-forms", expected("microsoft-forms.xlsx"));
        int all = fixtures.values().stream().mapToInt(name -> count(expected(name), "rows")).sum();
        assertThat(figures("").get("responses").asInt()).isEqualTo(all + 1);
        assertThat(figures("").get("byChannel").get("online").asInt()).isEqualTo(all + 1);
    }

    /** The platform's figures are exactly what its fixture holds. */
    private static void assertFigures(String platform, Properties expected) throws Exception {
        JsonNode figures = figures("?source=" + platform);
        assertThat(figures.get("responses").asInt()).isEqualTo(count(expected, "rows"));
        assertThat(figures.get("byRespondentType").get("individual").asInt())
                .isEqualTo(count(expected, "respondents.individual"));
        assertThat(figures.get("byRespondentType").get("organisation").asInt())
                .isEqualTo(count(expected, "respondents.organisation"));
        for (JsonNode question : figures.get("questions")) {
            String id = question.get("questionId").asString();
            assertThat(question.get("responses").asInt()).as(platform + " " + id)
                    .isEqualTo(count(expected, id + ".responses"));
            for (String position : new String[] {"agree", "disagree", "notSure"}) {
                int counted = question.get("individuals").get(position).asInt()
                        + question.get("organisations").get(position).asInt();
                String key = id + "." + (position.equals("notSure") ? "not_sure" : position);
                assertThat(counted).as(platform + " " + key).isEqualTo(count(expected, key));
            }
        }
    }

    private static int count(Properties expected, String key) {
        return Integer.parseInt(expected.getProperty(key, "0"));
    }

    private static JsonNode figures(String query) throws IOException, InterruptedException {
        return system.figures(CONSULTATION, "/figures" + query, Duration.ofSeconds(10));
    }

    /** The suggested mapping, as the preview gives it. */
    private static String preview(String platform, String filename, byte[] export) throws Exception {
        String boundary = "export-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, boundary, "platform", null, "text/plain", platform.getBytes(StandardCharsets.UTF_8));
        part(body, boundary, "export", filename, "application/octet-stream", export);
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        HttpResponse<String> response = post("/imports/preview", boundary, body.toByteArray());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.writeValueAsString(JSON.readTree(response.body()).get("mapping"));
    }

    private static JsonNode importExport(String filename, byte[] export, String mapping) throws Exception {
        String boundary = "export-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, boundary, "export", filename, "application/octet-stream", export);
        part(body, boundary, "mapping", null, "application/json", mapping.getBytes(StandardCharsets.UTF_8));
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        HttpResponse<String> response = post("/imports", boundary, body.toByteArray());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        String progress = system.intake().baseUrl() + response.headers().firstValue("Location").orElseThrow();
        // followed as the README's example does, until it has ended
        return await().atMost(IMPORT_WAIT).pollInterval(Duration.ofSeconds(1)).until(() -> JSON.readTree(
                        RunningSystem.send(RunningSystem.request(progress, StaffRole.TRANSCRIBER).GET()).body()),
                answer -> !answer.get("state").asString().equals("running"));
    }

    private static void part(ByteArrayOutputStream body, String boundary, String name, String filename, String type,
            byte[] content) throws IOException {
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (filename == null ? "" : "; filename=\"" + filename + "\"") + "\r\nContent-Type: " + type
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        body.write(content);
        body.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    private static HttpResponse<String> post(String path, String boundary, byte[] body)
            throws IOException, InterruptedException {
        return RunningSystem.send(RunningSystem.request(
                        system.intake().baseUrl() + "/api/v1/consultations/" + CONSULTATION + path, StaffRole.TRANSCRIBER)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** The export as the platform gives it a day later: the same rows, and its last row again as a new respondent's. */
    private static byte[] grownByOneRow(byte[] export) {
        String text = new String(export, StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n");
        String last = lines[lines.length - 1];
        String newRow = "ANON-NEW0-0000-1" + last.substring(last.indexOf(','));
        return (text + newRow + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = PlatformImportsSystemTest.class.getResourceAsStream("/exports/" + name)) {
            return in.readAllBytes();
        }
    }

    private static Properties expected(String fixture) {
        Properties properties = new Properties();
        try (InputStream in = PlatformImportsSystemTest.class.getResourceAsStream("/exports/" + fixture
                + ".expected.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
