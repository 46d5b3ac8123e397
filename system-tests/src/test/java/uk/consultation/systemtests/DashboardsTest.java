package uk.consultation.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.consultation.access.StaffRole;
import uk.consultation.schemas.consultation.ConsultationDefinitions;

/**
 * Both dashboards in headless Chromium against the running system, with the example consultation's questions: every
 * number a page shows equals the API's, the authors' page follows a new response without being reloaded, and each
 * page is saved as a screenshot under {@code target/screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardsTest {

    private static final Duration PAGE_WAIT = Duration.ofSeconds(60);
    private static final Duration FIGURES_WAIT = Duration.ofSeconds(120);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path SCREENSHOTS = RunningSystem.PROJECT_ROOT.resolve("system-tests/target/screenshots");
    private static final String CONSULTATION = "dashboards-" + UUID.randomUUID().toString().substring(0, 8);
    /** Respondent type, then a position on questions 1 and 2. */
    private static final String[][] RESPONSES = {
            {"individual", "agree", "agree"},
            {"individual", "agree", "disagree"},
            {"individual", "disagree", "not_sure"},
            {"individual", "not_sure", "agree"},
            {"individual", "agree", "agree"},
            {"organisation", "agree", "disagree"},
            {"organisation", "disagree", "agree"},
            {"organisation", "agree", "agree"},
    };
    /** Comments on question 1 in the words of its codeframe's examples, so that the coder finds themes in them. */
    private static final List<String> COMMENTS = ConsultationDefinitions.bundled("integrated-communities-2018")
            .question("q1").orElseThrow().codeframe().stream()
            .flatMap(theme -> theme.examples().stream().limit(1))
            .toList();

    private static RunningSystem system;
    private static WebDriver browser;

    @BeforeAll
    static void startTheSystemAndABrowser() throws Exception {
        system = RunningSystem.start("dashboards");
        system.registerExampleAs(CONSULTATION);
        browser = HeadlessChromium.start("--window-size=1280,1600");
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopThem() throws InterruptedException {
        if (browser != null) {
            browser.quit();
        }
        if (system != null) {
            system.close();
        }
    }

    @Test
    @Order(1)
    void authors_thePageShowsTheApiFiguresAndFollowsANewResponse() throws Exception {
        for (int i = 0; i < RESPONSES.length - 1; i++) {
            respond(RESPONSES[i], COMMENTS.get(i % COMMENTS.size()));
        }
        awaitResponses(RESPONSES.length - 1);

        HeadlessChromium.openSignedIn(browser, system.reporting().baseUrl() + "/dashboards/consultations/" + CONSULTATION,
                StaffRole.REPORT_AUTHOR);
        JsonNode figures = awaitPageShows(RESPONSES.length - 1);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(figures.get("title").asString());
        assertThat(text("late")).isEqualTo(figures.get("late").asString());
        assertThat(text("organisations"))
                .isEqualTo(figures.get("byRespondentType").get("organisation").asString());

        // Sent while the page is open: the stream brings it in without a reload.
        respond(RESPONSES[RESPONSES.length - 1], COMMENTS.get(0));
        figures = awaitPageShows(RESPONSES.length);
        assertThat(browser.findElement(By.id("live-status")).getText()).isEqualTo("live");

        List<List<String>> expectedQuestions = new ArrayList<>();
        List<List<String>> expectedPositions = new ArrayList<>();
        for (JsonNode question : figures.get("questions")) {
            JsonNode organisations = question.get("organisations");
            JsonNode individuals = question.get("individuals");
            expectedQuestions.add(List.of("Q" + question.get("number").asString() + " " + question.get("text").asString(),
                    question.get("responses").asString(), organisations.get("responses").asString(),
                    organisations.get("agreePercent").asString(), organisations.get("disagreePercent").asString(),
                    organisations.get("notSurePercent").asString(), individuals.get("responses").asString(),
                    individuals.get("agreePercent").asString(), individuals.get("disagreePercent").asString(),
                    individuals.get("notSurePercent").asString()));
            if (question.get("kind").asString().equals("closed")) {
                for (String type : List.of("organisations", "individuals")) {
                    JsonNode positions = question.get(type);
                    expectedPositions.add(List.of("Q" + question.get("number").asString() + " " + type,
                            positions.get("agree").asString(), positions.get("disagree").asString(),
                            positions.get("notSure").asString()));
                }
            }
        }
        assertThat(tableRows("questions")).isEqualTo(expectedQuestions);
        assertThat(tableRows("positions")).isEqualTo(expectedPositions);
        assertThat(expectedQuestions.get(0).get(1)).isEqualTo(Integer.toString(RESPONSES.length));

        new Select(browser.findElement(By.id("theme-question"))).selectByValue("q1");
        List<List<String>> expectedThemes = new ArrayList<>();
        for (JsonNode theme : figures.get("questions").get(0).get("themes")) {
            expectedThemes.add(List.of(theme.get("label").asString(), theme.get("organisations").asString(),
                    theme.get("individuals").asString(), theme.get("responses").asString()));
        }
        assertThat(tableRows("themes")).isEqualTo(expectedThemes);

        // The drill-down from the most raised theme to what respondents wrote, as the API has it.
        String theme = figures.get("questions").get(0).get("themes").get(0).get("code").asString();
        List<String> expectedQuotes = new ArrayList<>();
        system.figures(CONSULTATION, "/questions/q1/themes/" + theme + "/quotes", PAGE_WAIT).get("quotes")
                .forEach(quote -> expectedQuotes.add(quote.asString()));
        assertThat(expectedQuotes).isNotEmpty();
        new Select(browser.findElement(By.id("quote-theme"))).selectByValue(theme);
        HeadlessChromium.waitOn(browser, PAGE_WAIT).until(page -> browser.findElements(By.cssSelector("#quotes li"))
                .stream().map(WebElement::getText).toList().equals(expectedQuotes));
        assertThat(browser.findElements(By.cssSelector("canvas"))).hasSize(2);
        screenshot("consultation-dashboard.png");
    }

    @Test
    @Order(2)
    void operations_thePageShowsThroughputBacklogAndQueuesAsTheApiHasThem() throws Exception {
        HeadlessChromium.openSignedIn(browser, system.reporting().baseUrl() + "/dashboards/operations",
                StaffRole.OPERATOR);
        HeadlessChromium.waitOn(browser, PAGE_WAIT).until(page -> !browser.findElements(
                By.cssSelector("#consultations tr[data-consultation-id='" + CONSULTATION + "']")).isEmpty());
        JsonNode figures = system.figures(CONSULTATION, "/figures", PAGE_WAIT);
        WebElement row = browser.findElement(By.cssSelector("#consultations tr[data-consultation-id='"
                + CONSULTATION + "']"));
        assertThat(cells(row)).containsExactly(figures.get("title").asString() + " (" + CONSULTATION + ")",
                figures.get("responses").asString(), figures.get("late").asString(),
                figures.get("needsReview").asString());

        JsonNode operations = JSON.readTree(
                RunningSystem.get(system.reporting().baseUrl() + "/api/v1/operations", StaffRole.OPERATOR).body());
        long onlineInApi = 0;
        for (JsonNode minute : operations.get("responsesPerMinute")) {
            onlineInApi += minute.get("online").asLong();
        }
        long onlineOnPage = tableRows("per-minute").stream().mapToLong(cells -> Long.parseLong(cells.get(1))).sum();
        assertThat(onlineOnPage).isEqualTo(onlineInApi).isGreaterThanOrEqualTo(RESPONSES.length);
        List<String> groups = tableRows("lag").stream().map(cells -> cells.get(0)).toList();
        assertThat(groups).containsExactlyInAnyOrder("coding", "coding-campaigns", "reporting-service");
        List<List<String>> deadLetters = new ArrayList<>();
        operations.get("deadLetters").properties().forEach(topic ->
                deadLetters.add(List.of(topic.getKey(), topic.getValue().asString())));
        assertThat(tableRows("dead-letters")).isEqualTo(deadLetters);
        screenshot("operations-dashboard.png");
    }

    private static void respond(String[] response, String comment) throws IOException, InterruptedException {
        String body = """
                {"respondent": {"type": "%s"%s},
                 "answers": {"q1": {"position": "%s", "comment": %s}, "q2": {"position": "%s"}}}
                """.formatted(response[0], response[0].equals("organisation")
                        ? ", \"organisationName\": \"Example Community Trust\"" : "",
                response[1], JSON.writeValueAsString(comment), response[2]);
        HttpResponse<String> accepted = RunningSystem.send(RunningSystem.request(system.intake().baseUrl()
                        + "/api/v1/consultations/" + CONSULTATION + "/responses", null)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    }

    private static void awaitResponses(int count) {
        await().atMost(FIGURES_WAIT).untilAsserted(() -> assertThat(
                system.figures(CONSULTATION, "/figures", PAGE_WAIT).get("responses").asInt()).isEqualTo(count));
    }

    /** Waits until the page shows {@code count} responses, and returns the API's figures it shows. */
    private static JsonNode awaitPageShows(int count) throws IOException, InterruptedException {
        awaitResponses(count);
        HeadlessChromium.waitOn(browser, FIGURES_WAIT).until(page -> text("responses").equals(Integer.toString(count)));
        return system.figures(CONSULTATION, "/figures", PAGE_WAIT);
    }

    private static String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private static List<List<String>> tableRows(String tableId) {
        return browser.findElements(By.cssSelector("#" + tableId + " tbody tr")).stream()
                .map(DashboardsTest::cells).toList();
    }

    private static List<String> cells(WebElement row) {
        return row.findElements(By.cssSelector("th, td")).stream().map(WebElement::getText).toList();
    }

    /** The whole page, however long: the window is made as tall as the page first. */
    private static void screenshot(String name) throws IOException {
        Number height = (Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(1280, height.intValue()));
        Path taken = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(taken, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
