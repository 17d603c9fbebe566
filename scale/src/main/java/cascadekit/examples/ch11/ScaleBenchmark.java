package cascadekit.examples.ch11;

import cascadekit.check.ValidationSuite;
import cascadekit.data.BenchmarkFile;
import cascadekit.profile.Profiler;
import cascadekit.scale.DeequForms;
import cascadekit.scale.Frames;
import cascadekit.scale.LocalSpark;
import cascadekit.scale.ParityCheck;
import cascadekit.scale.PartitionProfiles;
import cascadekit.scale.ScaleException;
import com.amazon.deequ.VerificationSuite;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.sql.SparkSession;

/**
 * Profiles and validates chapter 03's seeded benchmark file in one JVM (the kit, streaming) and on
 * Spark {@code local[2]} (partition profiles merged, Deequ's suite), at each size asked for, and
 * prints wall times, peak heaps (the sum of the heap pools' peaks, Spark's executors sharing this JVM in
 * local mode) and where Spark starts to win. The file is written at run time to
 * a temporary folder and deleted. A first round at 100,000 rows warms both up and is not reported.
 * Run it with {@code ./kit run 11 ScaleBenchmark [rows...]} (default 10,000,000).
 */
public final class ScaleBenchmark {
  private static final Set<String> MISSING = Set.of("", "NA");
  private static final ParityCheck CHECK = new ParityCheck("visits are usable", true, List.of(
      DeequForms.complete("visit_id"), DeequForms.unique("visit_id"), DeequForms.matches("visit_id", "R\\d{7}"),
      DeequForms.between("age", 0, 120), DeequForms.containedIn("sex", Set.of("F", "M")),
      DeequForms.completeAtLeast("weight_kg", 0.95), DeequForms.mean("height_cm", 160, 180),
      DeequForms.standardDeviation("systolic_bp", 10, 20), DeequForms.quantile("wait_min", 0.5, 10, 20)));

  private ScaleBenchmark() {}

  /** Runs the benchmark at each size in {@code args} (rows), or at 10,000,000; bad input ends it with one line. */
  public static void main(String[] args) throws IOException {
    try {
      run(args.length == 0 ? List.of(10_000_000) : sizes(args));
    } catch (ScaleException e) {
      System.err.println("ScaleBenchmark: " + e.getMessage());
      System.exit(2);
    }
  }

  private static List<Integer> sizes(String[] args) {
    List<Integer> sizes = new ArrayList<>();
    for (String arg : args) {
      try {
        sizes.add(Integer.parseInt(arg.replace("_", "").replace(",", "")));
      } catch (NumberFormatException e) {
        throw new ScaleException("a size is a whole number of rows such as 1000000, got '" + arg + "'");
      }
    }
    return sizes;
  }

  private static void run(List<Integer> sizes) throws IOException {
    long started = System.nanoTime();
    try (SparkSession spark = LocalSpark.start("local[2]")) {
      System.out.printf(Locale.ROOT, "Profile + validate (%d constraints) chapter 03's seeded file: kit in one JVM, streaming,"
          + " against Spark local[2] + Deequ (session started in %.1f s, not counted)%n", CHECK.constraints().size(),
          (System.nanoTime() - started) / 1e9);
      round(spark, 100_000);
      System.out.printf(Locale.ROOT, "%12s %9s %12s %12s %12s %12s%n", "rows", "file MB", "kit s", "kit heap MB", "Spark s", "Spark heap MB");
      Integer breakEven = null;
      for (int rows : sizes) {
        double[] r = round(spark, rows);
        System.out.printf(Locale.ROOT, "%,12d %9.0f %12.2f %12.0f %12.2f %12.0f%n", rows, r[4], r[0], r[1], r[2], r[3]);
        breakEven = breakEven == null && r[2] < r[0] ? Integer.valueOf(rows) : breakEven;
      }
      System.out.println(breakEven == null ? "Spark local[2] is not faster than the kit at any size measured on this machine"
          : String.format(Locale.ROOT, "Spark local[2] is faster from %,d rows on this machine", breakEven));
    }
  }

  /** Returns kit seconds, kit peak heap MB, Spark seconds, Spark peak heap MB and the file's MB for {@code rows} rows. */
  private static double[] round(SparkSession spark, int rows) throws IOException {
    Path file = Files.createTempFile("cascadekit-scale-", ".csv");
    try {
      BenchmarkFile.write(file, rows, BenchmarkFile.SEED);
      double[] kit = measure(() -> {
        Profiler.read(file, MISSING).profiles();
        ValidationSuite.on(file, BenchmarkFile.SCHEMA).addCheck(CHECK.kit()).run();
      });
      double[] onSpark = measure(() -> {
        PartitionProfiles.of(spark.read().option("header", true).schema(Frames.text(BenchmarkFile.HEADER)).csv(file.toString()), MISSING);
        new VerificationSuite().onData(spark.read().option("header", true).option("nullValue", "NA").schema(TYPED)
            .csv(file.toString())).addCheck(CHECK.deequ()).run();
      });
      return new double[] {kit[0], kit[1], onSpark[0], onSpark[1], Files.size(file) / 1e6};
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static final org.apache.spark.sql.types.StructType TYPED = org.apache.spark.sql.types.StructType.fromDDL(
      "visit_id STRING, clinic STRING, visit_date DATE, age INT, height_cm INT, weight_kg DOUBLE, sex STRING,"
          + " diagnosis_code STRING, systolic_bp INT, wait_min DOUBLE");

  /** Returns the wall seconds of {@code pass} and the peak heap in MB during it, after a GC. */
  private static double[] measure(Runnable pass) {
    System.gc();
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    long start = System.nanoTime();
    pass.run();
    double seconds = (System.nanoTime() - start) / 1e9;
    double peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / 1e6;
    return new double[] {seconds, peak};
  }
}
