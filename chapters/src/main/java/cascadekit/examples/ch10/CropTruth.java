package cascadekit.examples.ch10;

import cascadekit.data.CropSurvey;
import cascadekit.data.Datasets;
import cascadekit.load.Column;
import cascadekit.load.ColumnType;
import cascadekit.load.CsvLoader;
import cascadekit.load.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;

/**
 * What the capstone grades against: {@code truth.csv}, every true visit clean, with its season and
 * true label. The pipeline never reads it; only the scores do.
 *
 * @param table the true visits
 * @param labels the true label of each visit id
 */
record CropTruth(Table table, Map<String, String> labels) {
  /** Returns the truth file, loaded. */
  static CropTruth load() {
    List<Column> columns = new ArrayList<>(CropLoading.COLUMNS);
    columns.add(Column.of("season", ColumnType.INTEGER));
    columns.add(Column.of("file", ColumnType.TEXT));
    columns.add(Column.of("label", ColumnType.TEXT));
    Table table = CsvLoader.of(Schema.of(columns.toArray(Column[]::new))).load(Datasets.path(CropSurvey.TRUTH)).table();
    Map<String, String> labels = new HashMap<>();
    for (int row = 0; row < table.rowCount(); row++) {
      labels.put(table.getString(row, "visit_id"), table.getString(row, "label"));
    }
    return new CropTruth(table, labels);
  }

  /** Returns the true visits of {@code season} (1 or 2). */
  Table season(int season) {
    return table.where(table.intColumn("season").isEqualTo(season));
  }
}
