package cascadekit.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import cascadekit.data.Datasets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every report the chapter examples write, opened in headless Chromium as a reader opens it: no
 * request leaves the page, no console error, nothing sticks out sideways at 1280 or 800 px, every
 * chart has a name, and the verdict comes first. A screenshot of each is saved under
 * {@code browser/target/browser-screenshots/}.
 */
class ReportsInBrowserTest {
  /** Reports written today: 02 to 08, 09's lineage page and 10; raise it as chapters add theirs. */
  private static final int AT_LEAST = 9;
  private static final Path TARGET = Datasets.root().resolve("browser").resolve("target");
  private static final Path REPORTS = TARGET.resolve("reports");
  private static final Path SCREENSHOTS = TARGET.resolve("browser-screenshots");

  private static ChromeDriver browser;

  @BeforeAll
  static void writeReportsAndStartBrowser() throws IOException {
    Chromium.assumeInstalled();
    delete(REPORTS);
    ChapterReports.write(REPORTS);
    browser = Chromium.start();
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @TestFactory
  Stream<DynamicContainer> should_open_every_report_as_a_reader_would() {
    List<Path> pages = ChapterReports.pages(REPORTS);
    assertThat(pages).as("reports the chapter examples wrote under %s (expected at least %d)", REPORTS, AT_LEAST)
        .hasSizeGreaterThanOrEqualTo(AT_LEAST);
    return pages.stream().map(page -> dynamicContainer(name(page), Stream.of(
        dynamicTest("no request leaves the page", () -> noRequestLeaves(page)),
        dynamicTest("no console error", () -> noConsoleError(page)),
        dynamicTest("nothing sticks out sideways at 1280 px", () -> fits(page, 1280)),
        dynamicTest("nothing sticks out sideways at 800 px", () -> fits(page, 800)),
        dynamicTest("every chart has role img and a name", () -> chartsNamed(page)),
        dynamicTest("the verdict is the first section", () -> verdictFirst(page)),
        dynamicTest("screenshot at 1280 px", () -> screenshot(page)))));
  }

  private static void noRequestLeaves(Path page) {
    // GIVEN a report  WHEN it opens  THEN every request it makes stays on this machine
    assertThat(ReportPage.open(browser, page, 1280).requestsLeavingThePage())
        .as("%s: requests that leave the page (a report must open offline: inline its style, "
            + "images and charts, or use data: URLs)", name(page))
        .isEmpty();
  }

  private static void noConsoleError(Path page) {
    // GIVEN a report  WHEN it opens  THEN the console stays free of errors
    assertThat(ReportPage.open(browser, page, 1280).consoleErrors())
        .as("%s: console errors (a broken script, a missing image or font)", name(page))
        .isEmpty();
  }

  private static void fits(Path page, int width) {
    // GIVEN a viewport WIDTH px wide  WHEN the report opens  THEN nothing is wider than it
    assertThat(ReportPage.open(browser, page, width).overflow())
        .as("%s at %d px: what sticks out sideways (wrap or cut long cells, let charts and tables "
            + "shrink with max-width:100%%)", name(page), width)
        .isEmpty();
  }

  private static void chartsNamed(Path page) {
    // GIVEN a report  WHEN its charts are read by a screen reader  THEN each is an image with a name
    assertThat(ReportPage.open(browser, page, 1280).unnamedCharts())
        .as("%s: charts a screen reader cannot name (give each svg role=\"img\" and an aria-label "
            + "or a <title>, as SvgChart does)", name(page))
        .isEmpty();
  }

  private static void verdictFirst(Path page) {
    // GIVEN a report  WHEN it opens  THEN the element right after its title is the verdict
    ReportPage opened = ReportPage.open(browser, page, 1280);
    assertThat(opened.verdictFirst())
        .as("%s: the element right after <h1> should be <section id=\"verdict\"> (Verdict.add), but it is %s",
            name(page), opened.afterTitle())
        .isTrue();
  }

  private static void screenshot(Path page) {
    // GIVEN a report at 1280 px  WHEN the whole page is captured  THEN a PNG is saved for a reader to look at
    Path png = SCREENSHOTS.resolve(name(page).replaceAll("\\.html$", ".png").replace('/', '-'));
    ReportPage.open(browser, page, 1280).screenshot(png);
    assertThat(png).as("screenshot of %s", name(page)).isNotEmptyFile();
  }

  private static String name(Path page) {
    return REPORTS.relativize(page).toString().replace('\\', '/');
  }

  private static void delete(Path folder) throws IOException {
    if (Files.exists(folder)) {
      try (Stream<Path> files = Files.walk(folder)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
  }
}
