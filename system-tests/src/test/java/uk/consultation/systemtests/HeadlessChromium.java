package uk.consultation.systemtests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import uk.consultation.access.StaffRole;

/** Debian's headless Chromium through its ChromeDriver, with a fresh profile under {@code target/}. */
final class HeadlessChromium {

    // Debian's packages (CI installs them with apt), named explicitly so that Selenium Manager never downloads one.
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private HeadlessChromium() {
    }

    /** @param arguments more of Chromium's switches, e.g. a window size */
    static WebDriver start(String... arguments) throws IOException {
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
                        "--user-data-dir=" + profile)
                .addArguments(arguments);
        return new ChromeDriver(driver, options);
    }

    /**
     * Opens a staff page as a person does: sent to the sign-in form, signs in as the role's local user (after signing
     * out of any earlier session), and is sent back to the page.
     */
    static void openSignedIn(WebDriver browser, String pageUrl, StaffRole as) {
        browser.manage().deleteAllCookies();
        browser.get(pageUrl);
        WebDriverWait wait = waitOn(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.name("username"))).sendKeys(as.localUser());
        browser.findElement(By.name("password")).sendKeys(RunningSystem.password(as));
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(page -> page.getCurrentUrl().startsWith(pageUrl));
    }

    /**
     * A wait that outlasts a page replaced while it looks (a reload makes the elements it found stale) and, if it times
     * out, says which page the browser shows instead, so that a failure on CI says what happened.
     */
    static WebDriverWait waitOn(WebDriver browser, Duration timeout) {
        WebDriverWait wait = new WebDriverWait(browser, timeout);
        wait.ignoring(StaleElementReferenceException.class);
        wait.withMessage(() -> shown(browser));
        return wait;
    }

    private static String shown(WebDriver browser) {
        try {
            String text = browser.findElement(By.tagName("body")).getText().replaceAll("\\s+", " ").strip();
            return "the browser shows " + browser.getCurrentUrl() + " titled \"" + browser.getTitle() + "\": "
                    + text.substring(0, Math.min(text.length(), 600));
        } catch (RuntimeException e) {
            return "the browser's page could not be read: " + e.getMessage();
        }
    }
}
