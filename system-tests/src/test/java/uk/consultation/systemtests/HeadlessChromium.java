package uk.consultation.systemtests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

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
     * Signs in to a service as the role's local user, through the sign-in form a person sees, after signing out of
     * any earlier session there.
     */
    static void signIn(WebDriver browser, String serviceUrl, StaffRole as) {
        browser.manage().deleteAllCookies();
        browser.get(serviceUrl + "/login");
        browser.findElement(By.name("username")).sendKeys(as.localUser());
        browser.findElement(By.name("password")).sendKeys(RunningSystem.password(as));
        browser.findElement(By.cssSelector("button[type=submit]")).click();
    }
}
