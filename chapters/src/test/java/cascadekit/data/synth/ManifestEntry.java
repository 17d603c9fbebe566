package cascadekit.data.synth;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One injected defect: which row, which column, what kind, and the value before injection.
 *
 * @param rowId the row's id (e.g. {@code V00042}); for a duplicate row, the duplicate's own id
 * @param column the column that carries the defect; empty when the whole row is the defect
 * @param defect the kind, e.g. {@code missing_na} or {@code exact_duplicate}
 * @param cleanValue the true value; for a duplicate row, the id of the row it duplicates
 */
record ManifestEntry(String rowId, String column, String defect, String cleanValue) {
  /** The manifest's header. */
  static final List<String> HEADER = List.of("row_id", "column", "defect", "clean_value");

  /** Returns the entry as a CSV row. */
  List<String> toRow() {
    return List.of(rowId, column, defect, cleanValue);
  }

  /** Writes {@code entries} to {@code file}, in the given order. */
  static void write(Path file, List<ManifestEntry> entries) throws IOException {
    CsvFiles.write(file, HEADER, entries.stream().map(ManifestEntry::toRow).toList());
  }
}
