package uk.consultation.systemtests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

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
}
