package uk.consultation.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import uk.consultation.access.StaffRole;

/**
 * Every public page and the staff pages in headless Chromium against the running system: axe-core's WCAG 2.2 AA rules
 * find nothing on any of them; the form is completed and sent with the keyboard alone, focus moving through its
 * controls in the page's order and visibly; an invalid response puts focus on the error summary, whose links take it
 * to the fields; and the public pages reflow at 400% zoom without scrolling sideways. The staff pages include each
 * step of the import page. Screenshots of the pages are saved under {@code target/screenshots/accessibility/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessibilityTest {

    private static final Duration PAGE_WAIT = Duration.ofSeconds(60);
    private static final Duration CODING_WAIT = Duration.ofSeconds(120);
    private static final Path SCREENSHOTS =
            RunningSystem.PROJECT_ROOT.resolve("system-tests/target/screenshots/accessibility");
    private static final String CONSULTATION = "accessibility-" + UUID.randomUUID().toString().substring(0, 8);
    /** A 1280-pixel window at 400% zoom: WCAG 1.4.10's 320 CSS pixels wide, 256 high. */
    private static final int ZOOMED_WIDTH = 320;
    private static final int ZOOMED_HEIGHT = 256;

    /**
     * The controls a keyboard reaches, in the page's order: links, buttons and fields that are shown, a group of
     * radios once, at its first.
     */
    private static final String CONTROLS_IN_ORDER = """
            const groups = new Set();
            return [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea')]
                .filter(control => !control.disabled && control.getClientRects().length > 0)
                .filter(control => control.type !== 'radio' || (!groups.has(control.name) && groups.add(control.name)));
            """;
    /**
     * How a control looks, with its labels and their drawn parts, for focus styles drawn on any of them (GOV.UK's
     * radios draw theirs on the label's ::before).
     */
    private static final String LOOK = """
            const control = arguments[0];
            return [control, ...(control.labels || [])]
                .flatMap(part => [getComputedStyle(part), getComputedStyle(part, '::before'),
                                  getComputedStyle(part, '::after')])
                .map(style => [style.outlineStyle, style.outlineWidth, style.outlineColor, style.boxShadow,
                               style.backgroundColor, style.color, style.textDecorationLine, style.clip].join(' '))
                .join(' | ');
            """;
    private static final String DESCRIBE = """
            const control = arguments[0];
            return control.tagName.toLowerCase() + (control.id ? '#' + control.id : '')
                + (control.getAttribute('href') ? ' ' + control.getAttribute('href') : '');
            """;

    private static RunningSystem system;
    private static WebDriver browser;
    /** Where the keyboard's response ended up. */
    private static String confirmation = "";

    @BeforeAll
    static void startTheSystemAndABrowser() throws Exception {
        system = RunningSystem.start("accessibility");
        system.registerExampleAs(CONSULTATION);
        browser = HeadlessChromium.start("--window-size=1280,1024");
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
    void theFormIsCompletedAndSentWithTheKeyboardAlone_focusVisibleAndInThePagesOrder() throws IOException {
        browser.get(formUrl());
        awaitScripts();
        Axe.assertNoViolations(browser, "the form");
        screenshot("form.png");

        List<WebElement> controls = controlsInOrder();
        WebElement send = browser.findElement(By.cssSelector("form button[type=submit]"));
        assertThat(controls).contains(send);
        assertThat(controls.stream().map(AccessibilityTest::describe)).contains("input#respondentType",
                "input#organisationName", "input#email", "input#q1-position", "textarea#q1-comment");
        Actions keyboard = new Actions(browser);
        boolean commented = false;
        for (WebElement expected : controls.subList(0, controls.indexOf(send) + 1)) {
            String unfocused = look(expected);
            keyboard.sendKeys(Keys.TAB).perform();
            WebElement focused = browser.switchTo().activeElement();
            assertThat(describe(focused)).as("the next control the keyboard reaches").isEqualTo(describe(expected));
            assertThat(look(focused)).as("the focus style of %s", describe(focused)).isNotEqualTo(unfocused);
            String type = focused.getDomProperty("type");
            if ("radio".equals(type)) {
                keyboard.sendKeys(Keys.SPACE).perform();
                assertThat(focused.isSelected()).as("%s chosen with the space bar", describe(focused)).isTrue();
            } else if ("email".equals(type)) {
                keyboard.sendKeys("ann@example.org").perform();
            } else if ("textarea".equals(type) && !commented) {
                keyboard.sendKeys("Shared activities bring people together.").perform();
                commented = true;
            }
        }
        keyboard.sendKeys(Keys.ENTER).perform();

        HeadlessChromium.waitOn(browser, PAGE_WAIT).until(page -> page.getCurrentUrl().contains("/respond/confirmation"));
        assertThat(browser.findElement(By.id("reference")).getText()).isNotBlank();
        confirmation = browser.getCurrentUrl();
        Axe.assertNoViolations(browser, "the confirmation");
        screenshot("confirmation.png");
    }

    @Test
    @Order(2)
    void anInvalidResponseFocusesTheErrorSummary_whoseLinksTakeFocusToTheFields() throws IOException {
        browser.get(formUrl());
        awaitScripts();
        Actions keyboard = new Actions(browser);
        WebElement send = browser.findElement(By.cssSelector("form button[type=submit]"));
        int tabs = controlsInOrder().indexOf(send) + 1;
        for (int i = 0; i < tabs; i++) {
            keyboard.sendKeys(Keys.TAB).perform();
        }
        assertThat(browser.switchTo().activeElement()).isEqualTo(send);
        keyboard.sendKeys(Keys.ENTER).perform();

        WebDriverWait wait = HeadlessChromium.waitOn(browser, PAGE_WAIT);
        wait.until(page -> page.getTitle().startsWith("Error: "));
        WebElement summary = browser.findElement(By.className("govuk-error-summary"));
        wait.until(page -> page.switchTo().activeElement().equals(summary));
        Axe.assertNoViolations(browser, "the form with errors");
        screenshot("form-with-errors.png");

        List<WebElement> links = summary.findElements(By.cssSelector("a[href^='#']"));
        assertThat(links).isNotEmpty();
        for (WebElement link : links) {
            // Tab from the summary to its first link, Shift+Tab back from a field to the next one
            CharSequence towards = link.equals(links.get(0)) ? Keys.TAB : Keys.chord(Keys.SHIFT, Keys.TAB);
            for (int i = 0; i < 100 && !browser.switchTo().activeElement().equals(link); i++) {
                keyboard.sendKeys(towards).perform();
            }
            assertThat(browser.switchTo().activeElement()).as("the summary's link to %s", link.getDomAttribute("href"))
                    .isEqualTo(link);
            keyboard.sendKeys(Keys.ENTER).perform();
            String field = link.getDomAttribute("href").substring(1);
            wait.until(page -> field.equals(page.switchTo().activeElement().getDomAttribute("id")));
        }
    }

    @Test
    @Order(3)
    void theOtherPublicPagesAndTheSignInPassTheAxeCheck() throws IOException {
        browser.get(system.intake().baseUrl() + "/consultations/no-such-consultation/respond");
        Axe.assertNoViolations(browser, "the page not found");
        screenshot("not-found.png");

        browser.manage().deleteAllCookies();
        browser.get(system.intake().baseUrl() + "/login");
        Axe.assertNoViolations(browser, "the sign-in page");
        screenshot("sign-in.png");
        browser.findElement(By.name("username")).sendKeys(StaffRole.ANALYST.localUser());
        browser.findElement(By.name("password")).sendKeys("not-the-password");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        HeadlessChromium.waitOn(browser, PAGE_WAIT).until(page -> page.getCurrentUrl().endsWith("/login?error"));
        Axe.assertNoViolations(browser, "the sign-in page after a wrong password");
    }

    @Test
    @Order(4)
    void thePublicPagesReflowAt400PercentWithoutScrollingSideways() throws IOException {
        assertThat(confirmation).as("the confirmation the keyboard's response reached").isNotBlank();
        Map<String, String> pages = Map.of(
                "the form", formUrl(),
                "the confirmation", confirmation,
                "the page not found", system.intake().baseUrl() + "/consultations/no-such-consultation/respond",
                "the sign-in page", system.intake().baseUrl() + "/login");
        zoomTo400Percent(ZOOMED_HEIGHT);
        try {
            for (Map.Entry<String, String> page : pages.entrySet()) {
                browser.manage().deleteAllCookies();
                browser.get(page.getValue());
                assertReflows(page.getKey());
            }
            browser.get(formUrl());
            awaitScripts();
            browser.findElement(By.cssSelector("form button[type=submit]")).click();
            HeadlessChromium.waitOn(browser, PAGE_WAIT).until(page -> page.getTitle().startsWith("Error: "));
            assertReflows("the form with errors");
            zoomedScreenshot("form-with-errors-400-percent.png");
        } finally {
            ((HasCdp) browser).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Test
    @Order(5)
    void theStaffPagesPassTheAxeCheck() throws Exception {
        // Off the codeframe's themes, so that the coder sends it to an analyst
        HttpResponse<String> sent = RunningSystem.postJson(system.intake().baseUrl() + "/api/v1/consultations/"
                + CONSULTATION + "/responses", null, """
                {"respondent": {"type": "organisation", "organisationName": "Example Community Trust"},
                 "answers": {"q1": {"position": "disagree", "comment": "The bus timetable in our village changed."}}}
                """);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(202);
        String queue = system.coding().baseUrl() + "/api/v1/consultations/" + CONSULTATION + "/review-queue";
        await().atMost(CODING_WAIT).until(() -> !RunningSystem.get(queue, StaffRole.ANALYST).body().equals("[]"));

        HeadlessChromium.openSignedIn(browser, system.coding().baseUrl() + "/consultations/" + CONSULTATION + "/review",
                StaffRole.ANALYST);
        assertThat(browser.findElements(By.cssSelector("section.response"))).isNotEmpty();
        Axe.assertNoViolations(browser, "the review queue");
        screenshot("review-queue.png");

        HeadlessChromium.openSignedIn(browser, system.reporting().baseUrl() + "/dashboards/consultations/"
                + CONSULTATION, StaffRole.REPORT_AUTHOR);
        await().atMost(CODING_WAIT).untilAsserted(() -> assertThat(
                system.figures(CONSULTATION, "/figures", PAGE_WAIT).get("responses").asInt()).isEqualTo(2));
        HeadlessChromium.waitOn(browser, CODING_WAIT).until(page -> page.findElement(By.id("responses")).getText().equals("2")
                && !page.findElements(By.cssSelector("#themes tbody tr, #no-themes:not([hidden])")).isEmpty());
        Axe.assertNoViolations(browser, "the consultation's dashboard");

        HeadlessChromium.openSignedIn(browser, system.reporting().baseUrl() + "/dashboards/operations",
                StaffRole.OPERATOR);
        HeadlessChromium.waitOn(browser, PAGE_WAIT).until(page -> !page.findElements(
                By.cssSelector("#consultations tr[data-consultation-id='" + CONSULTATION + "']")).isEmpty());
        Axe.assertNoViolations(browser, "the operations dashboard");
    }

    /** After the staff pages' check: the rows it imports would change the dashboard's count there. */
    @Test
    @Order(6)
    void theImportPagesStepsPassTheAxeCheck() throws Exception {
        // the Citizen Space fixture and a row without its response id, for a refused row in the report
        Path export = Files.createTempFile("accessibility-", ".csv");
        try (InputStream fixture = AccessibilityTest.class.getResourceAsStream("/exports/citizen-space.csv")) {
            Files.write(export, fixture.readAllBytes());
        }
        Files.writeString(export, ",2018-04-01 10:00:00,Online,Complete\r\n", StandardOpenOption.APPEND);
        try {
            String page = system.intake().baseUrl() + "/consultations/" + CONSULTATION + "/imports";
            HeadlessChromium.openSignedIn(browser, page, StaffRole.TRANSCRIBER);
            Axe.assertNoViolations(browser, "the import page's first step");
            screenshot("import-choose.png");

            WebDriverWait wait = HeadlessChromium.waitOn(browser, PAGE_WAIT);
            browser.findElement(By.cssSelector("form button[type=submit]")).click();
            wait.until(shown -> shown.getTitle().startsWith("Error: "));
            Axe.assertNoViolations(browser, "the import page's first step with errors");

            browser.findElement(By.id("platform")).click();
            browser.findElement(By.id("export")).sendKeys(export.toString());
            browser.findElement(By.cssSelector("form button[type=submit]")).click();
            wait.until(shown -> !shown.findElements(By.id("questions")).isEmpty());
            Axe.assertNoViolations(browser, "the import page's mapping");
            screenshot("import-mapping.png");

            browser.findElement(By.cssSelector("form button[type=submit]")).click();
            wait.until(shown -> !shown.findElements(By.id("rows-read")).isEmpty());
            // running still (its progress bar and live status) or already finished, as the import goes; the page
            // reloads itself when the import ends, perhaps while axe-core reads it, and is then read again
            try {
                Axe.assertNoViolations(browser, "the import's page");
            } catch (WebDriverException reloaded) {
                Axe.assertNoViolations(browser, "the import's page, reloaded");
            }
            wait.until(shown -> shown.findElement(By.tagName("h1")).getText().equals("Export imported"));
            assertThat(browser.findElement(By.id("rows-read")).getText()).isEqualTo("41");
            assertThat(browser.findElements(By.cssSelector("#refused tbody tr"))).hasSize(1);
            Axe.assertNoViolations(browser, "the import page's report");
            screenshot("import-report.png");
        } finally {
            Files.delete(export);
        }
    }

    private static void assertReflows(String page) {
        JavascriptExecutor script = (JavascriptExecutor) browser;
        assertThat(((Number) script.executeScript("return window.innerWidth")).intValue())
                .as("the viewport at 400%").isEqualTo(ZOOMED_WIDTH);
        Number pageWidth = (Number) script.executeScript("return document.documentElement.scrollWidth");
        assertThat(pageWidth.intValue()).as("the width of %s at 400%% zoom", page).isLessThanOrEqualTo(ZOOMED_WIDTH);
    }

    private static String formUrl() {
        return system.intake().baseUrl() + "/consultations/" + CONSULTATION + "/respond";
    }

    /** GOV.UK Frontend's scripts have run once its modules have marked the page. */
    private static void awaitScripts() {
        HeadlessChromium.waitOn(browser, PAGE_WAIT).until(page -> !page.findElements(
                By.cssSelector("[data-module='govuk-radios'][data-govuk-radios-init]")).isEmpty());
    }

    @SuppressWarnings("unchecked")
    private static List<WebElement> controlsInOrder() {
        return new ArrayList<>((List<WebElement>) ((JavascriptExecutor) browser).executeScript(CONTROLS_IN_ORDER));
    }

    private static String look(WebElement control) {
        return (String) ((JavascriptExecutor) browser).executeScript(LOOK, control);
    }

    private static String describe(WebElement control) {
        return (String) ((JavascriptExecutor) browser).executeScript(DESCRIBE, control);
    }

    private static void screenshot(String name) throws IOException {
        Path taken = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(taken, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    /** The window of a 1280-pixel screen at 400%, or as tall as given. */
    private static void zoomTo400Percent(int height) {
        ((HasCdp) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", ZOOMED_WIDTH,
                "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    /** The top of the page at 400%, four windows' worth, for the picture. */
    private static void zoomedScreenshot(String name) throws IOException {
        zoomTo400Percent(4 * ZOOMED_HEIGHT);
        screenshot(name);
        zoomTo400Percent(ZOOMED_HEIGHT);
    }
}
