package cascadekit.report;

import static org.assertj.core.api.Assertions.assertThat;

import cascadekit.check.Level;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictTest {
  @Test
  void should_come_first_with_errors_before_warnings_each_linked_and_worded() {
    // GIVEN a warning found before an error
    HtmlReport report = HtmlReport.titled("Health");
    List<Verdict.Item> items = List.of(
        new Verdict.Item(Level.WARN, "sex", "sex is in [F, M] fails", "150 rows", "", "visits"),
        new Verdict.Item(Level.ERROR, "age", "age is between 0 and 120 fails", "12 rows", "rows V1, V2", "visits"));
    // WHEN
    Verdict.add(report, items);
    report.heading("Visits");
    String html = report.html();
    // THEN
    String body = html.substring(html.indexOf("</h1>"));
    assertThat(body.indexOf("<section id=\"verdict\">")).as("the verdict right after the title").isEqualTo(6);
    assertThat(html.indexOf("✗ ERROR</strong> <a href=\"#visits\">age</a>"))
        .as("the error first, linked to its section").isPositive()
        .isLessThan(html.indexOf("⚠ WARN</strong> <a href=\"#visits\">sex</a>"));
    assertThat(html).as("the count line").contains("✗ 1 error, 1 warning.").contains("12 rows; rows V1, V2")
        .contains("<h2 id=\"visits\">Visits</h2>");
  }

  @Test
  void should_say_nothing_was_found() {
    // GIVEN
    HtmlReport report = HtmlReport.titled("Health");
    // WHEN
    Verdict.add(report, List.of());
    // THEN
    assertThat(report.html()).as("an empty verdict still says so").contains("✓ Nothing found.").doesNotContain("<li>");
  }
}
