package cascadekit.bench;

import static java.util.stream.Collectors.joining;

import cascadekit.data.BenchmarkFile;
import cascadekit.examples.ch03.ProfileBenchmark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;


/**
 * Profiles chapter 03's seeded benchmark file with the kit's streaming profiler and with DuckDB's
 * {@code SUMMARIZE}, each in a fresh JVM, alternately, {@value #RUNS} times; prints the median wall
 * times and their ratio, the peak resident memories, and each engine's largest distinct-count
 * error against the exact counts (DuckDB's {@code count(DISTINCT ...)} over the text).
 * Run it with {@code bench/compare-profilers [rows]}.
 */
public final class ProfileComparison {
  static final int RUNS = 3;
  static final ChildJvm KIT_JVM = new ChildJvm(List.of("-XX:+UseSerialGC", "-Xmx192m"));
  static final ChildJvm DUCKDB_JVM = new ChildJvm(List.of("-XX:+UseSerialGC", "-Xmx64m"));

  private ProfileComparison() {}

  /** Runs the comparison; the first argument, if any, is the number of rows. */
  public static void main(String[] args) throws IOException, SQLException {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Path file = Files.createTempFile("cascadekit-compare-", ".csv");
    try {
      BenchmarkFile.write(file, rows, ProfileBenchmark.SEED);
      System.out.printf(Locale.ROOT, "%,d rows x %d columns (%.1f MB, seed %d), each engine in a JVM of its own, "
          + "%d runs%n", rows, BenchmarkFile.HEADER.size(), Files.size(file) / 1e6, ProfileBenchmark.SEED, RUNS);
      List<EngineResult> kit = new ArrayList<>();
      List<EngineResult> duckDb = new ArrayList<>();
      for (int run = 0; run < RUNS; run++) {
        kit.add(KIT_JVM.run(KitProfileRun.class, file));
        duckDb.add(DUCKDB_JVM.run(DuckDbSummarizeRun.class, file));
      }
      Map<String, Long> exact = exactDistinctCounts(file);
      double kitSeconds = report("kit (Profiler.read, exact counts)", KIT_JVM, kit, exact);
      double duckDbSeconds = report("DuckDB SUMMARIZE (approx_unique)", DUCKDB_JVM, duckDb, exact);
      System.out.printf(Locale.ROOT, "kit / DuckDB wall time: %.2fx%n", kitSeconds / duckDbSeconds);
      System.out.printf(Locale.ROOT, "%-15s %10s %10s %10s%n", "distinct", "exact", "kit", "DuckDB");
      exact.forEach((column, count) -> System.out.printf(Locale.ROOT, "%-15s %,10d %,10d %,10d%n", column, count,
          kit.get(0).distinct().get(column), duckDb.get(0).distinct().get(column)));
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** Prints one engine's median time, peak memory and worst distinct count; returns the median time. */
  private static double report(String engine, ChildJvm jvm, List<EngineResult> runs, Map<String, Long> exact) {
    double median = runs.stream().mapToDouble(EngineResult::seconds).sorted().toArray()[runs.size() / 2];
    long peakKib = runs.stream().mapToLong(EngineResult::peakKib).max().orElseThrow();
    Map.Entry<String, Double> worst = runs.get(0).largestError(exact);
    System.out.printf(Locale.ROOT, "%-34s %6.2f s median (runs: %s)  peak resident %4d MiB (VmHWM, %s)  "
            + "largest distinct-count error %.2f%% (%s: %,d)%n",
        engine, median, runs.stream().map(r -> String.format(Locale.ROOT, "%.2f", r.seconds())).collect(joining(" ")),
        peakKib / 1024, String.join(" ", jvm.flags()), 100 * worst.getValue(), worst.getKey(),
        runs.get(0).distinct().get(worst.getKey()));
    return median;
  }

  /** Returns every column's exact distinct count of present values, from DuckDB reading all columns as text. */
  private static Map<String, Long> exactDistinctCounts(Path file) throws SQLException {
    String counts = BenchmarkFile.HEADER.stream().map(c -> "count(DISTINCT \"" + c + "\")").collect(joining(", "));
    String query = "SELECT " + counts + " FROM " + DuckDbSummarizeRun.csv(file.toString(), true);
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(query)) {
      result.next();
      Map<String, Long> exact = new LinkedHashMap<>();
      for (int i = 0; i < BenchmarkFile.HEADER.size(); i++) {
        exact.put(BenchmarkFile.HEADER.get(i), result.getLong(i + 1));
      }
      return exact;
    }
  }
}
