package cascadekit.examples.ch11;

import cascadekit.data.ClinicVisits;
import cascadekit.data.Datasets;
import cascadekit.profile.Profiler;
import cascadekit.scale.Frames;
import cascadekit.scale.LocalSpark;
import cascadekit.scale.ParityRow;
import cascadekit.scale.Parity;
import cascadekit.scale.PartitionProfiles;
import cascadekit.scale.ProfileMatch;
import cascadekit.scale.ScaleException;
import cascadekit.scale.SparkVersion;
import cascadekit.scale.SuggestionParity;
import cascadekit.scale.VisitParity;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import tech.tablesaw.api.Table;

/**
 * Chapter 11's example: chapter 06's suite for clinic-visits run by the kit and by Deequ on Spark,
 * side by side; the suggestions of both; chapter 03's profiles merged from Spark partitions
 * against one pass. Run it with {@code ./kit run 11} after {@code ./mvnw -B -Pspark install -DskipTests}.
 */
public final class ScalingExample {
  private static final Set<String> MISSING = Set.of("", "NA", "-999", "unknown");

  private ScalingExample() {}

  /** Runs the example and prints the comparisons; a setup Spark cannot run on ends it with one line. */
  public static void main(String[] args) {
    try {
      run();
    } catch (ScaleException e) {
      System.err.println("chapter 11: " + e.getMessage());
      System.exit(2);
    }
  }

  private static void run() {
    try (SparkSession spark = LocalSpark.start("local[*]")) {
      System.out.printf(Locale.ROOT, "Chapter 11: the kit's checks and profiles on Spark %s with Deequ 2.0.7 (local[*])%n%n",
          SparkVersion.running());
      Table truth = Datasets.clinicVisitsClean().table();
      Table accepted = truth.where(truth.dateColumn("visit_date").isBefore(LocalDate.of(2023, 1, 1)));
      Table delivered = Datasets.clinicVisits().table();
      List<ParityRow> rows = Parity.run(delivered, Frames.of(spark, delivered), VisitParity.checks(accepted));
      System.out.printf(Locale.ROOT, "1. Chapter 06's suite on datasets/%s as delivered (%d rows kept by the kit's loader)%n",
          ClinicVisits.FILE, delivered.rowCount());
      System.out.printf(Locale.ROOT, "   %-44s %11s %11s %-4s %-5s %-16s%n", "constraint", "kit", "Deequ", "kit", "Deequ", "tolerance");
      for (ParityRow r : rows) {
        System.out.printf(Locale.ROOT, "   %-44s %11s %11s %-4s %-5s %-16s%s%n", shortened(r.constraint()), figure(r.kitValue()),
            figure(r.deequValue()), verdict(r.kitPassed()), verdict(r.deequPassed()), r.tolerance(), r.agrees() ? "" : "  DIFFERS");
      }
      System.out.printf(Locale.ROOT, "   %d of %d constraints agree in verdict and metric%n%n",
          rows.stream().filter(ParityRow::agrees).count(), rows.size());
      Map<String, Set<String>> kit = SuggestionParity.kit(accepted);
      Map<String, Set<String>> deequ = SuggestionParity.deequ(Frames.of(spark, accepted));
      long same = kit.keySet().stream().filter(c -> kit.get(c).equals(deequ.get(c))).count();
      System.out.printf(Locale.ROOT, "2. Suggestions for the accepted batch: the same kinds on %d of %d columns%n", same, kit.size());
      kit.forEach((column, kinds) -> {
        if (!kinds.equals(deequ.get(column))) {
          System.out.printf(Locale.ROOT, "   %s: kit %s, Deequ %s%n", column, kinds, deequ.get(column));
        }
      });
      Path file = Datasets.path(ClinicVisits.FILE);
      List<ProfileMatch> matches = ProfileMatch.of(PartitionProfiles.of(PartitionProfiles.cells(spark, file, 4), MISSING),
          Profiler.read(file, MISSING).profiles());
      System.out.printf(Locale.ROOT, "%n3. Chapter 03's profiles of visits.csv from 4 Spark partitions, merged: %d of %d columns equal to one pass%n",
          matches.stream().filter(ProfileMatch::agrees).count(), matches.size());
      System.out.printf(Locale.ROOT, "   counts, missing, distinct, min, max, quartiles, histograms exact; largest moment gap %.1e%n",
          matches.stream().mapToDouble(m -> Math.max(m.meanGap(), m.stdDevGap())).max().orElse(0));
    }
  }

  private static String shortened(String constraint) {
    return constraint.length() <= 44 ? constraint : constraint.substring(0, 41) + "...";
  }

  private static String figure(double value) {
    return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.6g", value);
  }

  private static String verdict(boolean passed) {
    return passed ? "pass" : "FAIL";
  }
}
