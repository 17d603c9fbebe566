package cascadekit.examples.ch04;

import cascadekit.data.Datasets;
import cascadekit.load.Column;
import cascadekit.load.ColumnType;
import cascadekit.load.CsvLoader;
import cascadekit.load.Row;
import cascadekit.load.Schema;
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
  private static final Schema SCHEMA = Schema.of(
      Column.of("row_id", ColumnType.TEXT).required(),
      Column.of("column", ColumnType.TEXT),
      Column.of("defect", ColumnType.TEXT).required(),
      Column.of("clean_value", ColumnType.TEXT));

  /** Returns the manifest, loaded with the chapter 02 loader. */
  static DefectManifest load() {
    return new DefectManifest(CsvLoader.of(SCHEMA).load(Datasets.path("clinic-visits/manifest.csv")).result().kept());
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
