package cascadekit.examples.ch08;

import static org.assertj.core.api.Assertions.assertThat;

import cascadekit.check.Level;
import cascadekit.data.Datasets;
import cascadekit.monitoring.Finding;
import cascadekit.report.ReportPage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DriftVerdictTest {
  private static final MonitorRun RUN = MonitorRun.of(cascadekit.monitoring.Thresholds.DEFAULT);

  @Test
  void should_list_every_manifest_defect_the_monitor_detects_with_its_month(@TempDir Path dir) throws Exception {
    // GIVEN the monitor's alerts that the manifest lists
    ManifestCheck check = ManifestCheck.of(RUN.alerts());
    // WHEN
    String html = Files.readString(DriftReportPage.write(RUN, check, dir.resolve("08-drift.html")));
    List<String> items = ReportPage.of(html).verdictItems();
    // THEN
    assertThat(check.matched()).as("manifest defects the monitor detects").hasSize(Datasets.sensorManifest().table().rowCount());
    for (Finding f : check.matched()) {
      String where = f.month() + " " + (f.column().isEmpty() ? "(rows)" : f.column());
      assertThat(items).as("the verdict's line for %s %s", where, f.defect())
          .anyMatch(i -> i.contains(where + ": " + f.defect().replace('_', ' ') + " — "));
    }
    assertThat(items).as("the cascade line, then one line per alert").hasSize(RUN.alerts().size() + 1);
    assertThat(items.get(0)).as("the cascade line first").startsWith("✗ ERROR failure model, Jul-Dec: ")
        .contains("16.0 points lost");
    ReportPage.of(html).assertReadable();
  }

  @Test
  void should_open_with_the_accuracy_lost_as_the_terminal_prints_it(@TempDir Path dir) throws Exception {
    // WHEN
    Path file = DriftReportPage.write(RUN, ManifestCheck.of(RUN.alerts()), dir.resolve("08-drift.html"));
    String html = Files.readString(file);
    // THEN
    assertThat(ReportPage.of(html).verdict())
        .as("the cost first, as the terminal prints it").contains("16.0 points lost")
        .containsSubsequence("✗ ERROR", "failure model", "⚠ WARN");
    assertThat(DriftVerdict.of(RUN).get(0).level()).isEqualTo(Level.ERROR);
    Matcher alert = Pattern.compile("<td class=\"alert[^\"]*\"[^>]*>([^<]*)</td>").matcher(html);
    int alerts = 0;
    while (alert.find()) {
      alerts++;
      assertThat(alert.group(1)).as("an alert cell says so in text, not in colour alone").startsWith("✗");
    }
    assertThat(alerts).as("the new alerts of the score table").isEqualTo(RUN.alerts().size());
    assertThat(html).as("offline").doesNotContain("<script", " src=", "href=\"http", "url(", "@import");
  }
}
