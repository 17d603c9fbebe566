package cascadekit.examples.ch04;

import cascadekit.data.Datasets;
import cascadekit.load.Row;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The defect manifest of {@code clinic-visits}: one entry per injected defect. Cells are named
 * {@code row_id/column}; a whole row (a duplicate) is {@code row_id/}.
 *
 * @param rows the manifest's rows
 */
record DefectManifest(List<Row> rows) {
  /** Returns the manifest, loaded through the dataset catalogue. */
  static DefectManifest load() {
    return new DefectManifest(Datasets.clinicVisitsManifest().result().kept());
  }

  /** Returns the cells (or rows) that carry one of {@code defects} in one of {@code columns}. */
  Set<String> cells(Set<String> defects, Set<String> columns) {
    return rows.stream()
        .filter(r -> defects.contains((String) r.get("defect")) && columns.contains(column(r)))
        .map(r -> key((String) r.get("row_id"), column(r)))
        .collect(Collectors.toSet());
  }

  /** Returns the name of a cell, {@code row_id/column}. */
  static String key(String rowId, String column) {
    return rowId + "/" + column;
  }

  private static String column(Row row) {
    return row.get("column") == null ? "" : (String) row.get("column");
  }
}
