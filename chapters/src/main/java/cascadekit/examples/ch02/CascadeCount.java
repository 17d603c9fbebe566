package cascadekit.examples.ch02;

import cascadekit.data.ClinicVisits;
import cascadekit.data.Datasets;
import cascadekit.load.Loaded;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** Chapter 02's cascade cost: visits per clinic, counted naively and with the schema loader. */
final class CascadeCount {
  private CascadeCount() {}

  /** Prints the per-clinic counts of the true visits, the naive loader and the schema loader. */
  static void print(Loaded careful) {
    Map<String, Integer> truth = perClinic(Datasets.clinicVisitsClean());
    Map<String, Integer> kept = perClinic(careful);
    Path file = Datasets.path(ClinicVisits.FILE);
    NaiveLoader.NaiveCount utf8 = NaiveLoader.visitsPerClinic(file, StandardCharsets.UTF_8);
    NaiveLoader.NaiveCount windows = NaiveLoader.visitsPerClinic(file, Charset.forName("windows-1252"));
    System.out.printf("   %-10s %6s %12s %15s %7s%n", "clinic", "true", "naive UTF-8", "naive Windows", "schema");
    for (String clinic : ClinicVisits.CLINICS) {
      System.out.printf("   %-10s %6d %12d %15d %7d%n", clinic, truth.getOrDefault(clinic, 0),
          utf8.perClinic().getOrDefault(clinic, 0), windows.perClinic().getOrDefault(clinic, 0), kept.getOrDefault(clinic, 0));
    }
    int read = (int) careful.result().rowsRead();
    describe("naive UTF-8", utf8, read);
    describe("naive Windows (the same code on a laptop whose default charset is windows-1252)", windows, read);
    System.out.printf("   schema: %s; its counts differ from the truth only by the duplicate rows it still"
        + " holds and the %d rows it quarantined with reasons, both chapter 04's work%n",
        careful.result().reconciliation(), careful.result().quarantined().size());
  }

  private static void describe(String label, NaiveLoader.NaiveCount naive, int read) {
    long invented = naive.perClinic().keySet().stream().filter(c -> !ClinicVisits.CLINICS.contains(c)).count();
    int misfiled = naive.perClinic().entrySet().stream()
        .filter(e -> !ClinicVisits.CLINICS.contains(e.getKey())).mapToInt(Map.Entry::getValue).sum();
    System.out.printf("   %s: counted %d of %d rows (%d dropped without a word) and filed %d visits under"
        + " %d clinic names that do not exist%n", label, naive.rowsKept(), read, read - naive.rowsKept(), misfiled, invented);
  }

  private static Map<String, Integer> perClinic(Loaded loaded) {
    Map<String, Integer> counts = new TreeMap<>();
    loaded.result().kept().forEach(row -> counts.merge((String) row.get("clinic"), 1, Integer::sum));
    return counts;
  }
}
