package cascadekit.examples.ch10;

import cascadekit.load.Loaded;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import tech.tablesaw.api.Table;

/** What the load stage flagged, as manifest keys {@code visit/column} (a whole file {@code file/}). */
final class LoadFindings {
  private LoadFindings() {}

  static Set<String> missing(List<Table> tables, RawCells raw, String code) {
    Set<String> keys = new HashSet<>();
    for (Table table : tables) {
      for (String column : table.columnNames()) {
        for (int row : table.column(column).isMissing()) {
          String id = table.getString(row, "visit_id");
          if (raw.cell(id, column).strip().equals(code)) {
            keys.add(Manifest.key(id, column));
          }
        }
      }
    }
    return keys;
  }

  static Set<String> quarantined(List<Loaded> loaded, List<String> files, RawCells raw, Set<String> columns) {
    Set<String> keys = new HashSet<>();
    for (int f = 0; f < files.size(); f++) {
      String file = files.get(f);
      loaded.get(f).result().quarantined().stream().filter(q -> columns.contains(q.column()))
          .forEach(q -> keys.add(Manifest.key(raw.idAt(file, q.line()), q.column())));
    }
    return keys;
  }

  static Set<String> repaired(List<Loaded> loaded, List<String> files, RawCells raw) {
    Set<String> keys = new HashSet<>();
    for (int f = 0; f < files.size(); f++) {
      String file = files.get(f);
      loaded.get(f).repairs().forEach(r -> keys.add(Manifest.key(raw.idAt(file, r.line()), r.column())));
    }
    return keys;
  }

  /** Returns tool B's cells that hold a character beyond ASCII once decoded. */
  static Set<String> accented(Table toolB) {
    Set<String> keys = new HashSet<>();
    for (String column : toolB.columnNames()) {
      for (int row = 0; row < toolB.rowCount(); row++) {
        if (toolB.getString(row, column).chars().anyMatch(c -> c > 127)) {
          keys.add(Manifest.key(toolB.getString(row, "visit_id"), column));
        }
      }
    }
    return keys;
  }

  /** Returns tool B's timestamps that were read as the time the manifest says. */
  static Set<String> dates(Table toolB, Manifest manifest) {
    Set<String> keys = new HashSet<>();
    for (int row = 0; row < toolB.rowCount(); row++) {
      String key = Manifest.key(toolB.getString(row, "visit_id"), "visited_at");
      if (toolB.dateTimeColumn("visited_at").get(row).toString().concat(":00").equals(manifest.cleanValue("date_format", key))) {
        keys.add(key);
      }
    }
    return keys;
  }

  static Set<String> semicolons(List<String> files) {
    return files.stream().filter(f -> CropLoading.dialect(f).delimiter() == ';')
        .map(f -> Manifest.key(f.replace("crop-survey/", ""), "")).collect(Collectors.toSet());
  }
}
