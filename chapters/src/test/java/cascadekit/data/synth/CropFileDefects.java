package cascadekit.data.synth;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds the manifest entries of {@code crop-survey} that come with its files rather than with single
 * injected cells: tool B's date format and Windows-1252 bytes, the plots visited again, the leaky
 * treatment column, and the whole-file facts (tool B's delimiter, season 2's drift and volume
 * drop), whose {@code row_id} is the file.
 */
final class CropFileDefects {
  private static final String SEASON_2 = "season2/tool-a.csv";

  private CropFileDefects() {}

  /** Adds the entries for the {@code truth} rows, skipping cells {@code cells} already hit. */
  static void add(List<List<String>> truth, CropCellDefects cells, List<ManifestEntry> manifest) {
    Map<String, String> firstVisit = new HashMap<>();
    for (int r = 0; r < truth.size(); r++) {
      List<String> row = truth.get(r);
      String id = CropColumn.VISIT_ID.of(row);
      String first = firstVisit.putIfAbsent(CropColumn.PLOT_ID.of(row), id);
      if (first != null) {
        manifest.add(new ManifestEntry(id, CropColumn.PLOT_ID.header(), "repeated_plot", first));
      }
      if (!CropSurveyGenerator.fileOf(row).equals(CropSurveyGenerator.TOOL_B_FILE)) {
        continue;
      }
      manifest.add(
          new ManifestEntry(
              id, CropColumn.VISITED_AT.header(), "date_format", CropColumn.VISITED_AT.of(row)));
      for (CropColumn column : List.of(CropColumn.DISTRICT, CropColumn.ENUMERATOR)) {
        String value = column.of(row);
        if (!cells.isHit(r, column) && !StandardCharsets.US_ASCII.newEncoder().canEncode(value)) {
          manifest.add(new ManifestEntry(id, column.header(), "encoding_windows_1252", value));
        }
      }
    }
    manifest.add(
        new ManifestEntry("", CropColumn.TREATMENT_AFTER_DIAGNOSIS.header(), "target_leak", ""));
    manifest.add(
        new ManifestEntry(CropSurveyGenerator.TOOL_B_FILE, "", "semicolon_delimiter", ","));
    manifest.add(new ManifestEntry(SEASON_2, CropColumn.RAINFALL_MM.header(), "feature_drift", ""));
    manifest.add(
        new ManifestEntry(
            SEASON_2, CropColumn.DISTRICT.header(), "volume_drop", CropSampler.DROPPED_DISTRICT));
  }
}
