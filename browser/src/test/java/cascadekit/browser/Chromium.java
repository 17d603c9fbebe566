package cascadekit.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium ({@code apt-get install chromium chromium-driver}) driven headless. Both
 * binaries are named, so Selenium skips Selenium Manager: nothing is looked up or downloaded.
 */
final class Chromium {
  static final Path BROWSER = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final AtomicBoolean SKIP_NOTED = new AtomicBoolean();
  /**
   * Selenium warns at every start that it has no CDP classes for this Chromium version; the
   * test needs none (it sends the few CDP commands it uses through chromedriver), so it is quiet.
   */
  private static final Logger CDP_VERSION_WARNING = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

  private Chromium() {}

  /** Returns what is missing to run the browser test here, or empty when both binaries exist. */
  static Optional<String> missing() {
    return missing(BROWSER, DRIVER);
  }

  /** Returns the line that names the first of {@code browser} and {@code driver} that is not an executable file. */
  static Optional<String> missing(Path browser, Path driver) {
    String fix = "; apt-get install chromium chromium-driver";
    return !Files.isExecutable(browser) ? Optional.of("Chromium not found at " + browser + fix)
        : !Files.isExecutable(driver) ? Optional.of("ChromeDriver not found at " + driver + fix)
        : Optional.empty();
  }

  /**
   * Skips the calling test class when Chromium is missing, with one line on standard output; on
   * CI (environment variable {@code CI} set) a missing browser fails instead.
   */
  static void assumeInstalled() {
    Optional<String> missing = missing();
    if (missing.isPresent() && System.getenv("CI") != null) {
      throw new IllegalStateException("browser test cannot run on CI: " + missing.get());
    }
    if (missing.isPresent() && SKIP_NOTED.compareAndSet(false, true)) {
      System.out.println("browser test skipped: " + missing.get());
    }
    Assumptions.assumeTrue(missing.isEmpty(), () -> "browser test skipped: " + missing.get());
  }

  /** Returns the service that starts Debian's chromedriver, the one Selenium then uses. */
  static ChromeDriverService service() {
    return new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER.toString())).build();
  }

  /** Returns the options: Debian's binary, headless, with the network and console logged. */
  static ChromeOptions options() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    // --no-sandbox: Chromium refuses to start as root (containers, CI) with its sandbox on.
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
        "--window-size=1280,900");
    options.setCapability("goog:loggingPrefs", Map.of("performance", "ALL", "browser", "ALL"));
    return options;
  }

  /** Starts headless Chromium. */
  static ChromeDriver start() {
    CDP_VERSION_WARNING.setLevel(Level.SEVERE);
    return new ChromeDriver(service(), options());
  }
}
