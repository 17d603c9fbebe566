package cascadekit.report;

import static org.assertj.core.api.Assertions.assertThat;

import cascadekit.profile.ColumnProfile;
import cascadekit.profile.Profiler;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

class ProfileReportTest {
  /** 200 visits: a row counter, a patient id, and ages 20..59 with three typed with an extra digit and one missing. */
  private static final Table VISITS = Table.create("visits",
      IntColumn.create("row", IntStream.rangeClosed(1, 200).toArray()),
      IntColumn.create("patient_id", IntStream.range(0, 200).map(i -> 1000 + i % 150).toArray()),
      DoubleColumn.create("age", IntStream.range(0, 200).mapToDouble(i -> i == 7 ? Double.NaN
          : i < 3 ? 900 + i : 20 + i % 40).toArray()));

  @Test
  void should_draw_no_histogram_for_an_id_like_column() {
    // WHEN
    String html = report(VISITS);
    // THEN
    assertThat(html)
        .contains("aria-label=\"Histogram of age\"")
        .doesNotContain("Histogram of row")
        .doesNotContain("Histogram of patient_id")
        .contains("No histogram for row, patient_id: an identifier");
  }

  @Test
  void should_count_the_outliers_in_their_own_bar_and_lose_no_row() {
    // WHEN
    String html = report(VISITS);
    // THEN
    String histogram = html.substring(html.indexOf("aria-label=\"Histogram of age\""));
    histogram = histogram.substring(0, histogram.indexOf("</svg>"));
    Matcher bars = Pattern.compile("<title>([^<]*): (\\d+)</title></rect>").matcher(histogram);
    List<String> labels = new ArrayList<>();
    long rows = 0;
    while (bars.find()) {
      labels.add(bars.group(1));
      rows += Long.parseLong(bars.group(2));
    }
    assertThat(labels).as("bars").hasSize(11).startsWith("20").endsWith("&gt; 59");
    assertThat(rows).as("rows in all bars: the 199 present ages").isEqualTo(199);
    assertThat(html).contains("the rows beyond have bars of their own, none left out: &gt; 59: 3 rows.");
  }

  @Test
  void should_tell_an_identifier_from_a_measurement_that_never_repeats() {
    // GIVEN
    Table table = Table.create("t",
        DoubleColumn.create("delta_15_n", new double[] {8.94, 8.37, 9.18, 8.77}),
        IntColumn.create("Sample Number", new int[] {1, 2, 2, 3}),
        IntColumn.create("visitId", new int[] {1, 1, 2, 5}),
        IntColumn.create("counter", new int[] {4, 2, 3, 5}),
        IntColumn.create("gaps", new int[] {1, 2, 3, 9}),
        IntColumn.create("valid", new int[] {1, 1, 0, 0}));
    // WHEN
    List<String> idLike = Profiler.profile(table).stream().filter(HistogramChart::isIdLike).map(ColumnProfile::name).toList();
    // THEN
    assertThat(idLike).containsExactly("Sample Number", "visitId", "counter");
  }

  private static String report(Table table) {
    HtmlReport report = HtmlReport.titled("t");
    ProfileReport.addDataset(report, "visits.csv", Profiler.profile(table), 0.95);
    return report.html();
  }
}
