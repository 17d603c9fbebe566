package cascadekit.data.synth;

import cascadekit.data.CropSurvey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Writes {@code crop-survey}: smallholder maize plot visits from two collection tools and two
 * seasons ({@code season1/tool-a.csv}, {@code season1/tool-b.csv}, {@code season2/tool-a.csv}),
 * every visit's true record ({@code truth.csv}), the agronomists' disease labels ({@code
 * labels.csv}, {@code gold.csv}) and manifests of every injected defect ({@code manifest.csv},
 * {@code labels-manifest.csv}). See {@link CropSampler} for the visits, {@link CropCellDefects} and
 * {@link CropDuplicates} for the defects, {@link CropLabels} for the labels.
 */
public final class CropSurveyGenerator implements DatasetGenerator {
  static final String TOOL_B_FILE = "season1/tool-b.csv";
  static final List<String> FILES =
      List.of("season1/tool-a.csv", TOOL_B_FILE, "season2/tool-a.csv");

  /** Tool B's date format. */
  static final DateTimeFormatter TOOL_B_TIME = DateTimeFormatter.ofPattern(CropSurvey.TOOL_B_TIME);

  static final String STALE_DEVICE = "TAB-03";
  static final String STALE_FROM = "2024-11-01";

  @Override
  public String name() {
    return "crop-survey";
  }

  @Override
  public void write(Path folder, long seed) throws IOException {
    Draw draw = new Draw(new Random(seed));
    List<List<String>> truth = new CropSampler(draw).sample();
    List<List<String>> dirty = new ArrayList<>();
    truth.forEach(row -> dirty.add(new ArrayList<>(row)));
    List<ManifestEntry> manifest = new ArrayList<>();
    List<Integer> allowed = staleDevice(truth, dirty, manifest);
    CropCellDefects cells = new CropCellDefects(draw);
    cells.inject(truth, dirty, allowed, manifest);
    CropFileDefects.add(truth, cells, manifest);
    List<List<String>> raw = new CropDuplicates(draw).insert(dirty, allowed, cells, manifest);
    manifest.sort(
        Comparator.comparing(ManifestEntry::rowId)
            .thenComparing(ManifestEntry::column)
            .thenComparing(ManifestEntry::defect));
    for (String file : FILES) {
      Files.createDirectories(folder.resolve(file).getParent());
      List<List<String>> rows =
          raw.stream()
              .filter(r -> fileOf(r).equals(file))
              .map(r -> r.subList(0, CropColumn.values().length))
              .toList();
      if (file.equals(TOOL_B_FILE)) {
        CsvFiles.write(
            folder.resolve(file), Mojibake.WINDOWS_1252, ';', CropColumn.headers(), toolB(rows));
      } else {
        CsvFiles.write(folder.resolve(file), CropColumn.headers(), rows);
      }
    }
    List<String> truthHeader = new ArrayList<>(CropColumn.headers());
    truthHeader.addAll(CropColumn.TRUTH_EXTRA);
    CsvFiles.write(folder.resolve("truth.csv"), truthHeader, truth);
    ManifestEntry.write(folder.resolve("manifest.csv"), manifest);
    new CropLabels(draw).write(folder, truth);
  }

  /** Returns the file a truth or raw row belongs in, e.g. {@code season2/tool-a.csv}. */
  static String fileOf(List<String> row) {
    return row.get(CropColumn.values().length + 1);
  }

  /**
   * Freezes the stale tablet's clock and rain reading in season 2 from {@link #STALE_FROM} on, adds
   * an entry per frozen cell, and returns the rows left free for other defects.
   */
  private static List<Integer> staleDevice(
      List<List<String>> truth, List<List<String>> dirty, List<ManifestEntry> manifest) {
    List<Integer> free = new ArrayList<>();
    List<String> stuck = null;
    for (int r = 0; r < truth.size(); r++) {
      List<String> row = truth.get(r);
      if (!CropColumn.DEVICE_ID.of(row).equals(STALE_DEVICE)
          || CropColumn.VISITED_AT.of(row).compareTo(STALE_FROM) < 0) {
        free.add(r);
      } else if (stuck == null) {
        stuck = row;
      } else {
        for (CropColumn column : List.of(CropColumn.VISITED_AT, CropColumn.RAINFALL_MM)) {
          dirty.get(r).set(column.ordinal(), column.of(stuck));
          if (!column.of(stuck).equals(column.of(row))) {
            manifest.add(
                new ManifestEntry(
                    CropColumn.VISIT_ID.of(row), column.header(), "stale_device", column.of(row)));
          }
        }
      }
    }
    return free;
  }

  /** Returns the rows with {@code visited_at} in tool B's format. */
  private static List<List<String>> toolB(List<List<String>> rows) {
    List<List<String>> out = new ArrayList<>();
    for (List<String> row : rows) {
      List<String> copy = new ArrayList<>(row);
      int at = CropColumn.VISITED_AT.ordinal();
      copy.set(at, TOOL_B_TIME.format(LocalDateTime.parse(row.get(at))));
      out.add(copy);
    }
    return out;
  }
}
