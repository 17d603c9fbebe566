package cascadekit.examples.ch08;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import cascadekit.monitoring.Finding;
import cascadekit.monitoring.MonthCheck;
import cascadekit.monitoring.Thresholds;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonitoringExampleTest {
  private static final MonitorRun RUN = MonitorRun.of(Thresholds.DEFAULT);

  @Test
  void should_alert_exactly_what_the_manifest_lists() {
    // WHEN the alerts are held against the manifest
    ManifestCheck manifest = ManifestCheck.of(RUN.alerts());
    // THEN every entry was alerted at its month, and nothing else was
    assertThat(RUN.alerts())
        .extracting(f -> f.month().toString(), Finding::column, Finding::defect)
        .containsExactly(
            tuple("2023-01", "humidity_pct", "training_serving_skew"),
            tuple("2023-05", "timestamp", "stale_timestamps"),
            tuple("2023-07", "temperature_c", "mean_shift"),
            tuple("2023-08", "", "volume_drop"),
            tuple("2023-09", "vibration_mm_s", "variance_change"),
            tuple("2023-10", "line", "new_category"));
    assertThat(manifest.exact()).isTrue();
    assertThat(manifest.matched()).hasSize(6);
  }

  @Test
  void should_keep_flagging_a_persistent_drift_against_the_reference_but_not_against_the_previous_batch() {
    // WHEN / THEN: the temperature stays flagged from July on, the quiet pressure never
    assertThat(RUN.flaggedMonths("temperature_c")).containsExactlyElementsOf(months(7, 12));
    assertThat(RUN.flaggedMonths("vibration_mm_s")).containsExactlyElementsOf(months(9, 12));
    assertThat(RUN.flaggedMonths("line")).containsExactlyElementsOf(months(10, 12));
    assertThat(RUN.flaggedMonths("pressure_kpa")).isEmpty();
    assertThat(RUN.flaggedCells()).isEqualTo(27);
    assertThat(RUN.previousBatchMonths("temperature_c")).containsExactly(YearMonth.of(2023, 7));
    assertThat(RUN.previousBatchMonths("vibration_mm_s")).containsExactly(YearMonth.of(2023, 9));
  }

  @Test
  void should_measure_the_scores_and_accuracy_the_chapter_text_reports() {
    // WHEN
    MonthCheck july = RUN.checks().get(6);
    MonthCheck august = RUN.checks().get(7);
    // THEN
    assertThat(july.scores().numeric("temperature_c").psi()).isCloseTo(0.334, within(0.0005));
    assertThat(august.scores().numeric("vibration_mm_s").psi()).isCloseTo(0.087, within(0.0005));
    assertThat(RUN.checks().get(9).scores().line().jensenShannon()).isCloseTo(0.331, within(0.0005));
    assertThat(RUN.checks().get(4).scores().repeatedTimestamps()).isEqualTo(899);
    assertThat(RUN.accuracy().get(0).accuracy()).isCloseTo(0.796, within(1e-9));
    assertThat(RUN.accuracy().get(8).accuracy()).isCloseTo(0.613, within(1e-9));
    assertThat(MonitoringExample.ksFalseAlarms(RUN)).containsExactly("vibration_mm_s in 2023-01");
  }

  @Test
  void should_write_an_offline_report_with_a_chart_of_drift_scores(@TempDir Path dir) throws Exception {
    // WHEN
    Path file = DriftReportPage.write(RUN, ManifestCheck.of(RUN.alerts()), dir.resolve("08-drift.html"));
    // THEN
    String html = Files.readString(file);
    assertThat(html)
        .contains("aria-label=\"PSI by month")
        .contains(">PSI 0.25</text>")
        .contains("aria-label=\"Jensen-Shannon distance of line by month\"")
        .contains(">JS 0.1</text>")
        .contains(">y axis starts at 0.60, not 0</text>")
        .contains("<polyline")
        .contains("<td class=\"alert\">✗ 0.334</td>")
        .doesNotContain("<script")
        .doesNotContain(" src=")
        .doesNotContain("href=\"http");
  }

  @Test
  void should_show_each_alerting_feature_training_vs_its_first_alert_month(@TempDir Path dir) throws Exception {
    // WHEN
    String html = Files.readString(DriftReportPage.write(RUN, ManifestCheck.of(RUN.alerts()), dir.resolve("08-drift.html")));
    // THEN: one heading and one chart of two series per column, in the month of its first alert
    for (String heading : List.of("humidity_pct, training vs 2023-01", "temperature_c, training vs 2023-07",
        "vibration_mm_s, training vs 2023-09", "line, training vs 2023-10")) {
      assertThat(html).as("heading " + heading).contains(">Distribution of " + heading + "</h2>");
    }
    String temperature = html.substring(html.indexOf("aria-label=\"temperature_c: share of rows per bin"));
    temperature = temperature.substring(0, temperature.indexOf("</svg>"));
    assertThat(temperature.split("<title>training \\(Oct-Dec 2022\\), ", -1)).as("training's decile bars").hasSize(11);
    assertThat(temperature.split("<title>2023-07, ", -1)).as("July's bars over the same bins").hasSize(11);
  }

  @Test
  void should_print_the_table_the_alerts_the_manifest_check_and_the_cost() {
    // GIVEN
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      // WHEN
      MonitoringExample.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    // THEN
    assertThat(captured.toString(StandardCharsets.UTF_8))
        .contains("2023-07  1000   0.334!         0.006           0.012         8.316*        0.008     0")
        .contains("2023-08  150!   0.391*")
        .contains("  2023-08  (rows)          volume_drop            150 rows, expected 973 to 1027")
        .contains("No missed and no false alerts.")
        .contains("Alert fatigue: 27 flagged cells over 12 months, 6 alerts.")
        .contains("Mean accuracy Jan-Jun 0.797, Jul-Dec 0.636: 16.0 points lost while no step failed.");
  }

  private static List<YearMonth> months(int from, int to) {
    return IntStream.rangeClosed(from, to).mapToObj(m -> YearMonth.of(2023, m)).toList();
  }
}
