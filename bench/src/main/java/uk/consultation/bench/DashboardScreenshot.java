package uk.consultation.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A picture of a staff page as a person sees it: Debian's headless Chromium through its ChromeDriver (named
 * explicitly, so that Selenium Manager never downloads one), signed in through the sign-in form, as system-tests'
 * browser tests do.
 */
final class DashboardScreenshot {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    /** A loaded machine answers the page's first fetch slowly: a picture before it would show an empty page. */
    private static final Duration FIGURES_AT_MOST = Duration.ofSeconds(120);
    /** For the chart to draw once the figures are in. */
    private static final Duration SETTLE = Duration.ofSeconds(2);

    private DashboardScreenshot() {
    }

    static void take(String pageUrl, String user, String password, Path file) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("surge-chromium-");
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM)
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--window-size=1280,1600", "--user-data-dir=" + profile);
        WebDriver browser = new ChromeDriver(driver, options);
        try {
            browser.get(pageUrl);
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.name("username"))).sendKeys(user);
            browser.findElement(By.name("password")).sendKeys(password);
            browser.findElement(By.cssSelector("button[type=submit]")).click();
            wait.until(page -> page.getCurrentUrl().startsWith(pageUrl));
            // The page writes the time of the figures it shows once its first fetch is in ("–" until then).
            new WebDriverWait(browser, FIGURES_AT_MOST).until(page ->
                    !page.findElement(By.id("as-of")).getText().strip().equals("–"));
            Thread.sleep(SETTLE.toMillis());
            Files.createDirectories(file.getParent());
            Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), file,
                    StandardCopyOption.REPLACE_EXISTING);
        } finally {
            browser.quit();
        }
    }
}
