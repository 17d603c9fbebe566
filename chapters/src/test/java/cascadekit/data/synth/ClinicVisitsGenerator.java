package cascadekit.data.synth;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Writes {@code clinic-visits}: 3,000 true visits by 1,100 patients ({@code visits_clean.csv}), the
 * same visits with injected defects and 60 duplicates ({@code visits.csv}), and the manifest of
 * every injected defect ({@code manifest.csv}).
 */
public final class ClinicVisitsGenerator implements DatasetGenerator {
  static final int PATIENTS = 1100;
  static final int VISITS = 3000;

  @Override
  public String name() {
    return "clinic-visits";
  }

  @Override
  public void write(Path folder, long seed) throws IOException {
    Draw draw = new Draw(new Random(seed));
    List<List<String>> clean = new VisitSampler(draw).sample(PATIENTS, VISITS);
    List<ManifestEntry> manifest = new ArrayList<>();
    ClinicCellDefects cells = new ClinicCellDefects(draw);
    List<List<String>> dirty = cells.inject(clean, manifest);
    dirty = new ClinicDuplicates(draw).insert(dirty, cells, manifest);
    manifest.sort(
        Comparator.comparing(ManifestEntry::rowId)
            .thenComparing(ManifestEntry::column)
            .thenComparing(ManifestEntry::defect));
    CsvFiles.write(folder.resolve("visits.csv"), VisitColumn.headers(), dirty);
    CsvFiles.write(folder.resolve("visits_clean.csv"), VisitColumn.headers(), clean);
    ManifestEntry.write(folder.resolve("manifest.csv"), manifest);
  }
}
