package cascadekit.examples.ch03;

import cascadekit.data.BenchmarkFile;
import cascadekit.profile.ColumnProfile;
import cascadekit.profile.Profiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Measures the profiler: writes a seeded CSV of 1,000,000 rows and 10 columns to a temporary
 * file, profiles it in one streaming pass (no table is built), and prints rows per second and
 * the peak heap. Run it with {@code ./kit run 03 ProfileBenchmark [rows]}.
 */
public final class ProfileBenchmark {
  public static final long SEED = BenchmarkFile.SEED;

  private ProfileBenchmark() {}

  /** Runs the benchmark; the first argument, if any, is the number of rows. */
  public static void main(String[] args) throws IOException {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Path file = Files.createTempFile("cascadekit-profile-", ".csv");
    try {
      BenchmarkFile.write(file, rows, SEED);
      System.out.printf(Locale.ROOT, "Profiling %,d rows x %d columns (%.1f MB, seed %d) in one streaming pass%n",
          rows, BenchmarkFile.HEADER.size(), Files.size(file) / 1e6, SEED);
      System.gc();
      List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
      heap.forEach(MemoryPoolMXBean::resetPeakUsage);
      long start = System.nanoTime();
      List<ColumnProfile> profiles = Profiler.read(file, Set.of("", "NA")).profiles();
      double seconds = (System.nanoTime() - start) / 1e9;
      long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
      System.out.printf(Locale.ROOT, "%.2f s: %,.0f rows per second%n", seconds, rows / seconds);
      System.out.printf(Locale.ROOT, "peak heap: %.0f MB (sum of the heap pools' peaks; -Xmx was %.0f MB)%n",
          peak / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
      for (ColumnProfile p : profiles) {
        System.out.printf(Locale.ROOT, "  %-15s %-6s complete %.4f  distinct %,9d%n", p.name(), p.type(),
            p.completeness(), p.distinct());
      }
      System.out.println("Exact distinct counts keep every distinct value in memory (visit_id holds one per row);"
          + " sketches such as HyperLogLog trade exactness for a fixed size.");
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
