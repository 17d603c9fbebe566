package cascadekit.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.remote.service.DriverFinder;

/** Each check of {@link ReportsInBrowserTest} fails on a page made to break it, and passes on a clean one. */
class PageChecksTest {
  private static final String CHART = "<svg role=\"img\" aria-label=\"Rows per batch\" viewBox=\"0 0 10 10\"><rect width=\"5\" height=\"5\"/></svg>";
  private static ChromeDriver browser;
  @TempDir Path folder;

  @BeforeAll
  static void startBrowser() {
    Chromium.assumeInstalled();
    browser = Chromium.start();
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  @DisplayName("a clean page passes every check")
  void should_pass_a_clean_page() throws IOException {
    // GIVEN a page with a verdict first, a named chart and nothing from elsewhere
    Path page = page("<section id=\"verdict\"><h2>Verdict</h2></section>" + CHART
        + "<svg role=\"img\" viewBox=\"0 0 9 9\"><title>Drift by month</title></svg>");
    // WHEN it opens at 800 px
    ReportPage opened = ReportPage.open(browser, page, 800);
    // THEN
    assertThat(opened.requestsLeavingThePage()).as("requests leaving a clean page").isEmpty();
    assertThat(opened.consoleErrors()).as("console errors of a clean page").isEmpty();
    assertThat(opened.overflow()).as("overflow of a clean page").isEmpty();
    assertThat(opened.unnamedCharts()).as("unnamed charts of a clean page").isEmpty();
    assertThat(opened.verdictFirst()).as("verdict first on a clean page").isTrue();
  }

  @Test
  @DisplayName("an image from a web server is a request that leaves the page")
  void should_catch_a_request_leaving_the_page() throws IOException {
    // GIVEN a page that loads an image from a server (the .invalid domain never resolves)
    Path page = page("<img alt=\"logo\" src=\"https://cdn.example.invalid/logo.png\">");
    // WHEN it opens
    ReportPage opened = ReportPage.open(browser, page, 1280);
    // THEN
    assertThat(opened.requestsLeavingThePage()).as("requests leaving the page")
        .containsExactly("https://cdn.example.invalid/logo.png");
  }

  @Test
  @DisplayName("a broken script and a missing image are console errors")
  void should_catch_console_errors() throws IOException {
    // GIVEN a page whose script throws and whose image is not there
    Path page = page("<script>drawChart();</script><img alt=\"chart\" src=\"missing.png\">");
    // WHEN it opens
    ReportPage opened = ReportPage.open(browser, page, 1280);
    // THEN
    assertThat(opened.consoleErrors()).as("console errors")
        .anySatisfy(error -> assertThat(error).contains("drawChart is not defined"))
        .anySatisfy(error -> assertThat(error).contains("missing.png"));
  }

  @Test
  @DisplayName("a table wider than the window sticks out, and a scroller around it scrolls sideways")
  void should_catch_horizontal_overflow() throws IOException {
    // GIVEN a page with a 1500 px table, and the same table in a sideways scroller
    String table = "<table style=\"width:1500px\"><tr><td>profile</td></tr></table>";
    Path page = page(table + "<div class=\"wrap\" style=\"overflow-x:auto\">" + table + "</div>");
    // WHEN it opens at 1280 px
    ReportPage opened = ReportPage.open(browser, page, 1280);
    // THEN
    assertThat(opened.overflow()).as("what sticks out at 1280 px")
        .anySatisfy(line -> assertThat(line).startsWith("the page is ").contains("px wide in a 1280 px viewport"))
        .anySatisfy(line -> assertThat(line).startsWith("table \"profile\" ends at "))
        .anySatisfy(line -> assertThat(line).startsWith("div.wrap \"profile\" scrolls sideways"));
  }

  @Test
  @DisplayName("a chart without role img or a name is named by its place under a heading")
  void should_catch_unnamed_charts() throws IOException {
    // GIVEN one named chart, then one with no role and an empty label under "Drift"
    Path page = page(CHART + "<h2>Drift</h2><svg aria-label=\" \" viewBox=\"0 0 9 9\"></svg>");
    // WHEN it opens
    ReportPage opened = ReportPage.open(browser, page, 1280);
    // THEN
    assertThat(opened.unnamedCharts()).as("charts without role img or a name").containsExactly(
        "chart 2 (under \"Drift\"): role is null, not img",
        "chart 2 (under \"Drift\"): no aria-label or <title> names it");
  }

  @Test
  @DisplayName("a page whose first section is not the verdict says what comes first instead")
  void should_catch_a_missing_verdict() throws IOException {
    // GIVEN a page that opens with a heading, its verdict further down
    Path page = page("<h2 id=\"profile\">Profile</h2><section id=\"verdict\"></section>");
    // WHEN it opens
    ReportPage opened = ReportPage.open(browser, page, 1280);
    // THEN
    assertThat(opened.verdictFirst()).as("verdict first").isFalse();
    assertThat(opened.afterTitle()).as("what follows the title").isEqualTo("h2#profile \"Profile\"");
  }

  @Test
  @DisplayName("Selenium uses Debian's chromedriver, so Selenium Manager never runs")
  void should_use_debians_driver_without_selenium_manager() {
    // WHEN Selenium looks for the driver as ChromeDriver's constructor does
    String driver = new DriverFinder(Chromium.service(), Chromium.options()).getDriverPath();
    // THEN it takes the one the service names, and reports no missing binary
    assertThat(driver).as("driver Selenium starts").isEqualTo(Chromium.DRIVER.toString());
    assertThat(Chromium.missing()).as("missing binaries").isEmpty();
  }

  @Test
  @DisplayName("a missing browser is named in one line that says how to install it")
  void should_name_a_missing_browser() {
    // GIVEN a browser path that does not exist
    Path nowhere = folder.resolve("chromium");
    // WHEN / THEN
    assertThat(Chromium.missing(nowhere, Chromium.DRIVER)).as("line for a missing browser")
        .hasValue("Chromium not found at " + nowhere + "; apt-get install chromium chromium-driver");
  }

  private Path page(String body) throws IOException {
    String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Fixture</title></head>"
        + "<body><h1>Fixture</h1>" + body + "</body></html>";
    return Files.writeString(folder.resolve("fixture.html"), html, StandardCharsets.UTF_8);
  }
}
