package cascadekit.data.synth;

import cascadekit.data.CsvTestFiles;
import java.util.List;
import java.util.Map;

/** Reads a defect manifest for tests as {@code row_id|column|defect|clean_value} strings. */
final class Manifests {
  private Manifests() {}

  /** Returns the manifest's rows whose defect is not {@code except}, e.g. {@code V00002|sex|…}. */
  static List<String> entries(String relative, String except) {
    return CsvTestFiles.rows(relative).stream()
        .filter(m -> !m.get("defect").equals(except))
        .map(Manifests::entry)
        .toList();
  }

  /** Returns the row as {@code row_id|column|defect|clean_value}. */
  static String entry(Map<String, String> m) {
    return entry(m.get("row_id"), m.get("column"), m.get("defect"), m.get("clean_value"));
  }

  /** Returns the four parts joined the way {@link #entries} joins them. */
  static String entry(String rowId, String column, String defect, String cleanValue) {
    return String.join("|", rowId, column, defect, cleanValue);
  }
}
