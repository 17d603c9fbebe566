package cascadekit.examples.ch08;

import cascadekit.data.Datasets;
import cascadekit.data.SensorBatches;
import cascadekit.load.Dialect;
import cascadekit.monitoring.BatchWindow;
import cascadekit.monitoring.DriftMonitor;
import cascadekit.monitoring.Finding;
import cascadekit.monitoring.MonthCheck;
import cascadekit.monitoring.Thresholds;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/**
 * Measures the monitor on one large batch: a seeded 1,000,000-row CSV file is written to a
 * temporary folder, then read and checked against the training window in one pass, parsing
 * included. Prints rows per second and the peak heap of that pass. Run it with
 * {@code ./kit run 08 MonitorBenchmark [ROWS]}.
 */
public final class MonitorBenchmark {
  static final int ROWS = 1_000_000;
  static final long SEED = 20240101;

  private MonitorBenchmark() {}

  /** Writes the batch, monitors it, and prints the figures. */
  public static void main(String[] args) throws IOException {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : ROWS;
    Path dir = Files.createTempDirectory("cascadekit-bench");
    Path file = dir.resolve("2024-01.csv");
    try {
      long written = System.nanoTime();
      SyntheticBatch.write(file, rows, SEED);
      System.out.printf(Locale.ROOT, "Wrote %,d rows (%.1f MB, seed %d) in %.1f s%n",
          rows, Files.size(file) / 1e6, SEED, seconds(written));
      DriftMonitor monitor = DriftMonitor.of(Datasets.sensorTraining().kept(), Thresholds.DEFAULT);
      System.gc();
      List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP).toList();
      heap.forEach(MemoryPoolMXBean::resetPeakUsage);
      long start = System.nanoTime();
      BatchWindow window = monitor.window(YearMonth.of(2024, 1));
      long read = SensorBatches.stream(file, Dialect.csv(), window::add, bad -> {
        throw new IllegalStateException("unexpected bad row: " + bad);
      });
      MonthCheck check = monitor.check(window);
      double elapsed = seconds(start);
      long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
      System.out.printf(Locale.ROOT, "Monitored %,d rows in one pass (parse, 4 numeric + 1 categorical column,"
          + " freshness, volume) in %.2f s: %,.0f rows/s%n", read, elapsed, read / elapsed);
      System.out.printf(Locale.ROOT, "Peak heap during the pass: %.0f MB (sum of the heap pools' peaks; max heap %.0f MB)%n",
          peak / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
      System.out.println("Findings: " + check.findings().stream().map(MonitorBenchmark::describe).toList());
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(dir);
    }
  }

  private static String describe(Finding f) {
    return (f.column().isEmpty() ? "rows" : f.column()) + " " + f.defect();
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
