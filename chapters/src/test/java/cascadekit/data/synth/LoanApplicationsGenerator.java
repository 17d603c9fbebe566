package cascadekit.data.synth;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes {@code loan-applications}: funded loan applications 2021-2023 with whether each defaulted
 * ({@code applications.csv}), and a manifest ({@code manifest.csv}) of what makes a naive split
 * leak: applicants who apply again, applications entered twice days apart, and the {@code
 * collections_flag} column, filled in after the outcome.
 */
public final class LoanApplicationsGenerator implements DatasetGenerator {
  static final int APPLICANTS = 3200;
  static final int DUPLICATES = 80;

  @Override
  public String name() {
    return "loan-applications";
  }

  @Override
  public void write(Path folder, long seed) throws IOException {
    Draw draw = new Draw(new Random(seed));
    LoanSampler sampler = new LoanSampler(draw);
    List<List<String>> genuine = new ArrayList<>();
    for (int i = 1; i <= APPLICANTS; i++) {
      genuine.addAll(sampler.applicant(String.format("C%04d", i)));
    }
    List<List<String>> rows = new ArrayList<>(genuine);
    Map<List<String>, List<String>> originals = new IdentityHashMap<>();
    for (List<String> original : draw.sample(genuine, DUPLICATES)) {
      List<String> copy = new ArrayList<>(original);
      LocalDateTime at = LocalDateTime.parse(original.get(2)).plusDays(draw.between(1, 20));
      copy.set(2, SensorSampler.TIMESTAMP.format(at.plusSeconds(draw.between(0, 3600))));
      originals.put(copy, original);
      rows.add(copy);
    }
    rows.sort(
        Comparator.comparing((List<String> row) -> row.get(2)).thenComparing(row -> row.get(1)));
    for (int r = 0; r < rows.size(); r++) {
      rows.get(r).set(0, String.format("L%05d", r + 1));
    }
    CsvFiles.write(folder.resolve("applications.csv"), LoanSampler.HEADER, rows);
    ManifestEntry.write(folder.resolve("manifest.csv"), manifest(rows, originals));
  }

  private static List<ManifestEntry> manifest(
      List<List<String>> rows, Map<List<String>, List<String>> originals) {
    List<ManifestEntry> entries = new ArrayList<>();
    entries.add(new ManifestEntry("", "collections_flag", "target_leak", ""));
    Map<String, String> first = new HashMap<>();
    for (List<String> row : rows) {
      String id = row.get(0);
      String earlier = first.putIfAbsent(row.get(1), id);
      if (originals.containsKey(row)) {
        String original = originals.get(row).get(0);
        entries.add(new ManifestEntry(id, "", "duplicate_across_time", original));
      } else if (earlier != null) {
        entries.add(new ManifestEntry(id, "applicant_id", "repeat_applicant", earlier));
      }
    }
    return entries;
  }
}
