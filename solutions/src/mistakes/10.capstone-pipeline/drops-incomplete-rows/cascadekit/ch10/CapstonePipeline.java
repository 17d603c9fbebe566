// Mistake: over-cleans: drops every visit with any missing cell, though most of its values are good.
package cascadekit.ch10;

import cascadekit.load.Column;
import cascadekit.load.ColumnType;
import cascadekit.load.CsvLoader;
import cascadekit.load.Schema;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

public final class CapstonePipeline {
  private CapstonePipeline() {}

  /** Returns season 1 loaded, cleaned, in ha and kg, without duplicates, with each visit's label. */
  public static Table trainingTable(Path datasetFolder) {
    Table read = LoadVisits.load(datasetFolder.resolve("season1")).table();
    Table loaded = read.dropRowsWithMissingValues();
    Table visits = ConvertUnits.toCanonical(CleanValues.clean(loaded));
    Set<String> copies = FindDuplicates.duplicates(visits);
    Table kept = visits.where(visits.stringColumn("visit_id").isNotIn(copies));
    Map<String, String> labels = AggregateLabels.aggregate(
        read(datasetFolder.resolve("labels.csv"), "visit_id", "agronomist", "label"),
        read(datasetFolder.resolve("gold.csv"), "visit_id", "label"));
    StringColumn label = StringColumn.create("label");
    kept.stringColumn("visit_id").forEach(id -> label.append(labels.get(id)));
    return kept.addColumns(label);
  }

  /** Returns a labels file as text columns, every value required. */
  private static Table read(Path file, String... columns) {
    Column[] text = new Column[columns.length];
    for (int i = 0; i < columns.length; i++) {
      text[i] = Column.of(columns[i], ColumnType.TEXT).required();
    }
    return CsvLoader.of(Schema.of(text)).load(file).table();
  }
}
