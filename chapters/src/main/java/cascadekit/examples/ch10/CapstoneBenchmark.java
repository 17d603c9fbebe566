package cascadekit.examples.ch10;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measures the capstone end to end: the whole pipeline, the manifest scores, the cascade costs (one
 * run per fix skipped) and the report, {@code N} times in one JVM (the first round includes the JIT
 * warming up, as {@code ./kit run 10} does), printing wall and CPU seconds per stage of each round
 * and the peak heap. Run it with {@code ./kit run 10 CapstoneBenchmark [rounds]}.
 */
public final class CapstoneBenchmark {
  private CapstoneBenchmark() {}

  /** Runs the benchmark; the first argument, if any, is the number of rounds (default 3). */
  public static void main(String[] args) throws IOException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    Path folder = Files.createTempDirectory("cascadekit-capstone-bench-");
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    System.out.printf(Locale.ROOT, "Capstone pipeline on crop-survey, %d rounds in one JVM (%d processors, -Xmx %.0f MB)%n",
        rounds, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / 1e6);
    for (int round = 1; round <= rounds; round++) {
      StageClock clock = new StageClock();
      CapstoneRun run = CapstoneRun.of(folder.resolve(CapstoneExample.LINEAGE));
      RawCells raw = clock.time("scores", RawCells::read);
      List<KindScore> scores = clock.time("scores", () -> ManifestScores.of(run, Manifest.read(raw), raw));
      CascadeCosts costs = clock.time("costs", () -> CascadeCosts.of(run.training(), run.stages()));
      clock.time("report", () -> CapstonePage.write(run, scores, costs, folder.resolve(CapstoneExample.REPORT)));
      System.out.printf("round %d:%n", round);
      double[] total = new double[2];
      for (Map<String, double[]> part : List.of(run.clock().seconds(), clock.seconds())) {
        part.forEach((stage, s) -> {
          System.out.printf(Locale.ROOT, "  %-9s %6.2f s wall %6.2f s CPU%n", stage, s[0], s[1]);
          total[0] += s[0];
          total[1] += s[1];
        });
      }
      System.out.printf(Locale.ROOT, "  %-9s %6.2f s wall %6.2f s CPU (goal: 20 s end to end)%n", "total", total[0], total[1]);
    }
    System.out.printf(Locale.ROOT, "peak heap %.0f MB (garbage not yet collected included)%n",
        heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / 1e6);
    System.out.println("(wall time grows when other programs share the machine; CPU time is the main thread's own)");
  }
}
