package cascadekit.examples.ch06;

import cascadekit.check.Check;
import cascadekit.check.ConstraintResult;
import cascadekit.check.ValidationResult;
import cascadekit.check.ValidationSuite;
import cascadekit.data.BenchmarkFile;
import cascadekit.profile.Profiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Measures validation against profiling: writes chapter 03's seeded benchmark file (1,000,000
 * rows, 10 columns), then streams it through ten constraints in one pass and through the
 * profiler, each twice in turn (the first round warms the JIT up; the second is reported), and
 * prints the wall and CPU times, their ratios and each pass's peak heap. Run it with
 * {@code ./kit run 06 ValidationBenchmark [rows]}.
 */
public final class ValidationBenchmark {
  private static final Instant AS_OF = Instant.parse("2024-01-04T00:00:00Z");
  private static final List<Check> CHECKS = List.of(
      Check.error("visits are usable")
          .isComplete("visit_id")                               // every visit can be traced
          .isUnique("visit_id")                                 // and is counted once
          .matches("visit_id", "R\\d{7}")                       // in the id scheme
          .isBetween("age", 0, 120)                             // ages a person can have
          .isContainedIn("sex", Set.of("F", "M"))               // the codes the form allows
          .isFresh("visit_date", Duration.ofDays(3), AS_OF),    // the feed is not stuck
      Check.warn("visits look as usual")
          .hasCompletenessAtLeast("weight_kg", 0.95)            // scales mostly recorded
          .hasMeanBetween("height_cm", 160, 180)                // adults of both sexes
          .hasStandardDeviationBetween("systolic_bp", 10, 20)   // no unit mix-up
          .hasQuantileBetween("wait_min", 0.5, 10, 20));        // median wait as planned

  private ValidationBenchmark() {}

  /** Runs the benchmark; the first argument, if any, is the number of rows. */
  public static void main(String[] args) throws IOException {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Path file = Files.createTempFile("cascadekit-validation-", ".csv");
    try {
      BenchmarkFile.write(file, rows, BenchmarkFile.SEED);
      System.out.printf(Locale.ROOT, "Validating %,d rows x %d columns (%.1f MB, seed %d): 10 constraints in %d checks,"
          + " one streaming pass, against one profile pass%n",
          rows, BenchmarkFile.HEADER.size(), Files.size(file) / 1e6, BenchmarkFile.SEED, CHECKS.size());
      Pass profile = null;
      Pass validation = null;
      for (int round = 0; round < 2; round++) {
        profile = measure(() -> Profiler.read(file, Set.of("", "NA")));
        validation = measure(() -> print(round(file), false));
      }
      System.out.printf(Locale.ROOT, "profile pass:    %5.2f s wall, %5.2f s CPU, peak heap %4.0f MB%n",
          profile.seconds, profile.cpu, profile.peak / 1e6);
      System.out.printf(Locale.ROOT, "validation pass: %5.2f s wall, %5.2f s CPU, peak heap %4.0f MB%n",
          validation.seconds, validation.cpu, validation.peak / 1e6);
      System.out.printf(Locale.ROOT, "ratio: %.2fx the profile pass's wall time, %.2fx its CPU time (goal: 1.5x or less)%n",
          validation.seconds / profile.seconds, validation.cpu / profile.cpu);
      System.out.printf(Locale.ROOT, "(CPU time is the pass's own thread, steady when other programs share the machine;"
          + " peak heap counts garbage not yet collected; -Xmx was %.0f MB)%n", Runtime.getRuntime().maxMemory() / 1e6);
      print(round(file), true);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static ValidationResult round(Path file) {
    ValidationSuite suite = ValidationSuite.on(file, BenchmarkFile.SCHEMA).idColumn("visit_id");
    for (Check check : CHECKS) {
      suite = suite.addCheck(check);
    }
    return suite.run();
  }

  private static ValidationResult print(ValidationResult result, boolean show) {
    if (show) {
      System.out.printf(Locale.ROOT, "verdict: %s, %d errors, %d warnings%n", result.passed() ? "passed" : "FAILED",
          result.errorCount(), result.warningCount());
      for (ConstraintResult r : result.results()) {
        System.out.printf(Locale.ROOT, "  %-6s %-5s %-62s %12.4f %s%n", r.status(), r.level(), r.constraint(), r.value(),
            r.threshold());
      }
    }
    return result;
  }

  private static Pass measure(Runnable pass) {
    System.gc();
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    pass.run();
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Pass(seconds, (threads.getCurrentThreadCpuTime() - cpu) / 1e9,
        heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum());
  }

  private record Pass(double seconds, double cpu, long peak) {}
}
