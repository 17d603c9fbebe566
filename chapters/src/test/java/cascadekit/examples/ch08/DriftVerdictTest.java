package cascadekit.examples.ch08;

import static org.assertj.core.api.Assertions.assertThat;

import cascadekit.check.Level;
import cascadekit.data.Datasets;
import cascadekit.report.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Row;

class DriftVerdictTest {
  private static final MonitorRun RUN = MonitorRun.of(cascadekit.monitoring.Thresholds.DEFAULT);

  @Test
  void should_list_every_manifest_defect_by_month_and_column() {
    // GIVEN the manifest's (month, column, defect)
    Set<String> expected = new TreeSet<>();
    for (Row row : Datasets.sensorManifest().table()) {
      String column = row.getString("column");
      expected.add(row.getString("month") + " " + (column.isEmpty() ? "(rows)" : column) + ": "
          + row.getString("defect").replace('_', ' '));
    }
    // WHEN
    List<Verdict.Item> items = DriftVerdict.of(RUN);
    Set<String> found = new TreeSet<>();
    items.stream().filter(i -> i.anchor().equals("alerts")).forEach(i -> found.add(i.where() + ": " + i.what()));
    // THEN
    assertThat(found).as("the verdict's alerts vs the manifest").isEqualTo(expected);
  }

  @Test
  void should_open_with_the_accuracy_lost_as_the_terminal_prints_it(@TempDir Path dir) throws Exception {
    // WHEN
    Path file = DriftReportPage.write(RUN, ManifestCheck.of(RUN.alerts()), dir.resolve("08-drift.html"));
    String html = Files.readString(file);
    // THEN
    int verdict = html.indexOf("<section id=\"verdict\">");
    assertThat(verdict).as("the verdict before any other section").isPositive().isLessThan(html.indexOf("<h2"));
    assertThat(html.substring(verdict, html.indexOf("</section>")))
        .as("the cost first, as the terminal prints it").contains("16.0 points lost")
        .containsSubsequence("✗ ERROR", "failure model", "⚠ WARN");
    assertThat(DriftVerdict.of(RUN).get(0).level()).isEqualTo(Level.ERROR);
    Matcher alert = Pattern.compile("<td class=\"alert\"[^>]*>([^<]*)</td>").matcher(html);
    int alerts = 0;
    while (alert.find()) {
      alerts++;
      assertThat(alert.group(1)).as("an alert cell says so in text, not in colour alone").startsWith("✗");
    }
    assertThat(alerts).as("the new alerts of the score table").isEqualTo(RUN.alerts().size());
    assertThat(html).as("offline").doesNotContain("<script", " src=", "href=\"http", "url(", "@import");
  }
}
