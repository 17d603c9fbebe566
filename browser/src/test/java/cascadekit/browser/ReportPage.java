package cascadekit.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * One HTML file opened in the browser at a given viewport width, and what the browser saw: the
 * requests it sent, its console errors, the layout, the charts and the first section.
 */
final class ReportPage {
  private static final int VIEWPORT_HEIGHT = 900;
  private static final Json JSON = new Json();

  private final ChromeDriver driver;
  private final List<LogEntry> network;
  private final List<LogEntry> console;

  private ReportPage(ChromeDriver driver, List<LogEntry> network, List<LogEntry> console) {
    this.driver = driver;
    this.network = network;
    this.console = console;
  }

  /** Opens {@code file} in a viewport {@code width} CSS pixels wide and waits for it to load. */
  static ReportPage open(ChromeDriver driver, Path file, int width) {
    viewport(driver, width, VIEWPORT_HEIGHT);
    driver.manage().logs().get(LogType.PERFORMANCE); // reading a log empties it
    driver.manage().logs().get(LogType.BROWSER);
    driver.get(file.toUri().toString());
    return new ReportPage(driver, driver.manage().logs().get(LogType.PERFORMANCE).getAll(),
        driver.manage().logs().get(LogType.BROWSER).getAll());
  }

  /** Returns every URL the page requested that is neither {@code file:} nor {@code data:}. */
  List<String> requestsLeavingThePage() {
    return network.stream()
        .map(entry -> map(JSON.toType(entry.getMessage(), Map.class), "message"))
        .filter(message -> "Network.requestWillBeSent".equals(message.get("method")))
        .map(message -> (String) map(map(message, "params"), "request").get("url"))
        .filter(url -> !url.startsWith("file:") && !url.startsWith("data:"))
        .distinct()
        .toList();
  }

  private static Map<?, ?> map(Object json, String key) {
    return (Map<?, ?>) ((Map<?, ?>) json).get(key);
  }

  /** Returns the console's errors (level SEVERE), such as a script error or a missing image. */
  List<String> consoleErrors() {
    return console.stream().filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage).toList();
  }

  /** Returns what sticks out sideways: the page's own width, each outermost element past the edge, inner scrollers. */
  List<String> overflow() {
    return strings(PageScripts.OVERFLOW);
  }

  /** Returns each chart ({@code svg}) without {@code role="img"} or without a non-empty name. */
  List<String> unnamedCharts() {
    return strings(PageScripts.UNNAMED_CHARTS);
  }

  /** Returns whether the element right after the first {@code <h1>} is {@code <section id="verdict">}. */
  boolean verdictFirst() {
    return Boolean.TRUE.equals(driver.executeScript(
        "const h1 = document.querySelector('h1');"
            + " return !!(h1 && h1.nextElementSibling && h1.nextElementSibling.matches('section#verdict'));"));
  }

  /** Returns the element right after the first {@code <h1>}, as {@code tag#id "text"}. */
  String afterTitle() {
    return (String) driver.executeScript(PageScripts.AFTER_TITLE);
  }

  /** Saves a screenshot of the whole page, not only the viewport, as a PNG file. */
  void screenshot(Path png) {
    Number width = (Number) driver.executeScript("return document.documentElement.clientWidth");
    Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
    Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1);
    Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
        Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
    try {
      Files.createDirectories(png.toAbsolutePath().getParent());
      Files.write(png, Base64.getDecoder().decode((String) shot.get("data")));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save the screenshot " + png, e);
    }
  }

  @SuppressWarnings("unchecked")
  private List<String> strings(String script) {
    return (List<String>) driver.executeScript(script);
  }

  private static void viewport(ChromeDriver driver, int width, int height) {
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
  }
}
