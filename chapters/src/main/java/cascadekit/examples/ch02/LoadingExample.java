package cascadekit.examples.ch02;

import cascadekit.data.ClinicVisits;
import cascadekit.data.Datasets;
import cascadekit.load.Loaded;
import cascadekit.load.QuarantinedRow;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Chapter 02's example: load {@code clinic-visits} with a declared schema into a typed table,
 * account for every row, then meet the broken files of {@code encodings}, and measure what a
 * naive loader costs a simple count. Run it with {@code ./kit run 02}.
 */
public final class LoadingExample {
  private LoadingExample() {}

  /** Runs the example and prints what it found. */
  public static void main(String[] args) {
    System.out.println("Chapter 02: collecting and loading");
    System.out.println();
    Loaded visits = Datasets.clinicVisits();
    System.out.println("1. datasets/" + ClinicVisits.FILE + " with its declared schema");
    System.out.println("   " + visits.result().reconciliation());
    System.out.println("   mojibake repaired in " + visits.repairs().size() + " cells, e.g. " + visits.repairs().get(0));
    System.out.println("   dates in " + ClinicVisits.schema().datePatterns() + " all loaded as ISO dates");
    System.out.println("   quarantined, by column and reason:");
    countBy(visits, q -> q.column() + ": " + q.reason()).forEach((reason, n) -> System.out.printf("   %5d  %s%n", n, reason));
    System.out.println("   the first three:");
    visits.result().quarantined().stream().limit(3).forEach(q -> System.out.println("          " + q));
    System.out.println("   typed table: " + visits.table().rowCount() + " rows; columns "
        + visits.table().columns().stream().map(c -> c.name() + ":" + c.type().name()).collect(Collectors.joining(", ")));
    System.out.println();
    System.out.println("2. The same loader on the broken files of datasets/encodings");
    BrokenFiles.tour().forEach(line -> System.out.println("   " + line));
    System.out.println();
    System.out.println("3. Cascade cost: visits per clinic, as a staffing plan would count them");
    CascadeCount.print(visits);
    System.out.println();
    System.out.println("Report: " + LoadingPage.write(visits) + " (open it in a browser; it needs no network)");
  }

  private static Map<String, Long> countBy(Loaded loaded, Function<QuarantinedRow, String> key) {
    return loaded.result().quarantined().stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
  }
}
