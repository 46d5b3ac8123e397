package uk.consultation.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.consultation.schemas.EventJson;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.ConsultationDefinitions;

/**
 * A respondent in a real browser (Debian's headless Chromium) fills in the online form, is shown what to correct,
 * sends it and gets a reference, and the response appears in the published figures.
 */
class BrowserFormTest {

    // Debian's packages (CI installs them with apt), named explicitly so that Selenium Manager never downloads one.
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Duration PAGE_WAIT = Duration.ofSeconds(30);
    private static final Duration FIGURES_WAIT = Duration.ofSeconds(90);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static RunningSystem system;
    private static WebDriver browser;

    /**
     * A consultation of this test's own, so that its figures count only what this test sends, whatever else the
     * shared broker has carried.
     */
    private static String consultationId;

    @BeforeAll
    static void startTheSystemAndABrowser() throws Exception {
        system = RunningSystem.start("browser");
        consultationId = register("browser-form-" + UUID.randomUUID().toString().substring(0, 8));

        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .usingAnyFreePort()
                .build();
        Path profile = Files.createTempDirectory(
                Files.createDirectories(RunningSystem.PROJECT_ROOT.resolve("system-tests/target")), "chromium-profile-");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM)
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--user-data-dir=" + profile);
        browser = new ChromeDriver(driver, options);
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
    void aRespondentCorrectsAMistakeSendsTheFormAndIsCounted() throws Exception {
        browser.get(system.intake().baseUrl() + "/consultations/" + consultationId + "/respond");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Integrated Communities Strategy");

        // First attempt: no respondent type, nothing answered, a mistyped email address.
        browser.findElement(By.id("email")).sendKeys("ann.example.org");
        send();

        WebElement summary = waitFor(By.className("govuk-error-summary"));
        assertThat(summary.findElements(By.tagName("a")).stream().map(WebElement::getText).toList()).containsExactly(
                "Say whether you are responding as an individual or for an organisation",
                "Enter an email address like name@example.com",
                "Answer at least one question");
        summary.findElement(By.linkText("Enter an email address like name@example.com")).click();
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("email");
        assertThat(browser.findElement(By.id("email")).getDomProperty("value")).isEqualTo("ann.example.org");

        // Second attempt: as an individual, agreeing with question 1 and saying why.
        browser.findElement(By.cssSelector("label[for=respondentType]")).click();
        browser.findElement(By.id("email")).clear();
        browser.findElement(By.id("email")).sendKeys("ann@example.org");
        browser.findElement(By.cssSelector("label[for=q1-position]")).click();
        browser.findElement(By.id("q1-comment")).sendKeys("Shared activities bring people together.");
        send();

        String reference = waitFor(By.cssSelector(".govuk-panel--confirmation #reference")).getText();
        assertThat(reference).matches("[0-9A-Z]{4}-[0-9A-Z]{4}");

        await().atMost(FIGURES_WAIT).pollInterval(Duration.ofMillis(500)).ignoreExceptions().untilAsserted(() -> {
            JsonNode q1 = figures("q1");
            assertThat(q1.get("responses").asInt()).isEqualTo(1);
            assertThat(q1.get("individuals").get("agree").asInt()).isEqualTo(1);
            assertThat(q1.get("organisations").get("responses").asInt()).isZero();
            assertThat(q1.get("byChannel").get("online").asInt()).isEqualTo(1);
        });
    }

    private static void send() {
        browser.findElement(By.cssSelector("button[type=submit]")).click();
    }

    private static WebElement waitFor(By locator) {
        return new WebDriverWait(browser, PAGE_WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Registers a copy of the bundled consultation under a new id, as an administrator would over the API. */
    private static String register(String id) throws IOException, InterruptedException {
        ConsultationDefinition bundled = ConsultationDefinitions.bundled("integrated-communities-2018");
        ConsultationDefinition copy = new ConsultationDefinition(id, bundled.title(), bundled.department(),
                bundled.timeZone(), bundled.opens(), bundled.closes(), bundled.codeframeVersion(), bundled.questions());
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create(system.intake().baseUrl() + "/api/v1/consultations"))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(EventJson.toBytes(copy)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return id;
    }

    private static JsonNode figures(String questionId) throws IOException, InterruptedException {
        String url = system.reporting().baseUrl() + "/api/v1/consultations/" + consultationId + "/questions/"
                + questionId + "/figures";
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url + " " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
