package cascadekit.examples.ch08;

import cascadekit.data.Datasets;
import cascadekit.data.SensorReading;
import cascadekit.monitoring.Finding;
import cascadekit.monitoring.NumericProfile;
import cascadekit.monitoring.QuantileBins;
import cascadekit.monitoring.Shares;
import cascadekit.profile.Figures;
import cascadekit.report.HtmlReport;
import cascadekit.report.SvgChart;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import tech.tablesaw.api.Table;

/**
 * The reference and the current distribution of every column that raised an alert, side by side
 * (Evidently's core view), in the month of its first alert. A numeric column is shown over the
 * bins its PSI compares, the training window's deciles ({@link QuantileBins}), so each training
 * bar is near 10% and the drifted month's bars show where the values went; {@code line} is
 * shown per category.
 */
final class DistributionSection {
  private DistributionSection() {}

  /** Returns the heading of {@code column}'s distributions in {@code month}, the anchor a verdict links to. */
  static String heading(String column, YearMonth month) {
    return "Distribution of " + column + ", training vs " + month;
  }

  /** Adds one heading and chart per alerting column, in the order of their first alerts. */
  static void add(HtmlReport report, MonitorRun run) {
    Map<String, YearMonth> firstAlert = new LinkedHashMap<>();
    for (Finding alert : run.alerts()) {
      boolean feature = SensorReading.NUMERIC.contains(alert.column()) || alert.column().equals(SensorReading.CATEGORY);
      if (feature) {
        firstAlert.putIfAbsent(alert.column(), alert.month());
      }
    }
    Table training = Datasets.sensorTrainingTable();
    firstAlert.forEach((column, month) -> {
      Table current = Datasets.sensorBatchTable(month);
      report.heading(heading(column, month));
      report.chart(column.equals(SensorReading.CATEGORY)
          ? categories(column, month, training, current)
          : deciles(column, month, training, current));
    });
  }

  private static String deciles(String column, YearMonth month, Table training, Table current) {
    double[] reference = training.doubleColumn(column).asDoubleArray();
    QuantileBins bins = QuantileBins.of(reference, NumericProfile.BINS);
    double[] edges = bins.edges();
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < bins.size(); i++) {
      labels.add(i == 0 ? "< " + Figures.of(edges[0])
          : i == edges.length ? ">= " + Figures.of(edges[i - 1])
          : Figures.of(edges[i - 1]) + "-" + Figures.of(edges[i]));
    }
    return chart(column, month, "bin", "the training window's deciles", labels,
        Shares.of(bins.counts(reference)), Shares.of(bins.counts(current.doubleColumn(column).asDoubleArray())));
  }

  private static String categories(String column, YearMonth month, Table training, Table current) {
    TreeSet<String> all = new TreeSet<>(training.stringColumn(column).unique().asList());
    all.addAll(current.stringColumn(column).unique().asList());
    List<String> labels = List.copyOf(all);
    return chart(column, month, "category", "category", labels, Shares.of(counts(training, column, labels)),
        Shares.of(counts(current, column, labels)));
  }

  private static long[] counts(Table table, String column, List<String> categories) {
    long[] counts = new long[categories.size()];
    table.stringColumn(column).forEach(value -> counts[categories.indexOf(value)]++);
    return counts;
  }

  private static String chart(String column, YearMonth month, String unit, String bins, List<String> labels,
      double[] reference, double[] current) {
    Map<String, List<Double>> series = new LinkedHashMap<>();
    series.put("training (Oct-Dec 2022)", Arrays.stream(reference).boxed().toList());
    series.put(month.toString(), Arrays.stream(current).boxed().toList());
    return SvgChart.of(column + ": share of rows per " + unit + ", training vs " + month, column + " (" + bins + ")",
        "share of rows").groupedBars(labels, series);
  }
}
