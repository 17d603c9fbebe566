package cascadekit.examples.ch10;

import cascadekit.data.CropSurvey;
import cascadekit.data.Datasets;
import cascadekit.load.Column;
import cascadekit.load.ColumnType;
import cascadekit.load.CsvLoader;
import cascadekit.load.Row;
import cascadekit.load.Schema;
import java.util.HashMap;
import java.util.Map;

/**
 * The visit files as text, every cell as written (an empty cell as null), to say which code a
 * missing cell was written with and which visit a quarantined line held. Only the scores read it.
 */
final class RawCells {
  private final Map<String, Row> byId = new HashMap<>();
  private final Map<String, Map<Long, String>> idByLine = new HashMap<>();
  private final Map<String, String> fileById = new HashMap<>();

  private RawCells() {}

  /** Returns the three visit files, read as text. */
  static RawCells read() {
    RawCells raw = new RawCells();
    Schema text = Schema.of(CropLoading.COLUMNS.stream().map(c -> Column.of(c.name(), ColumnType.TEXT)).toArray(Column[]::new));
    for (String file : CropSurvey.VISIT_FILES) {
      Map<Long, String> lines = raw.idByLine.computeIfAbsent(file, f -> new HashMap<>());
      for (Row row : CsvLoader.of(text).dialect(CropLoading.dialect(file)).load(Datasets.path(file)).result().kept()) {
        raw.byId.putIfAbsent((String) row.get("visit_id"), row);
        lines.put(row.line(), (String) row.get("visit_id"));
        raw.fileById.putIfAbsent((String) row.get("visit_id"), file);
      }
    }
    return raw;
  }

  /** Returns the text of {@code column} in visit {@code id} as written ("" when empty). */
  String cell(String id, String column) {
    Object value = byId.get(id).get(column);
    return value == null ? "" : value.toString();
  }

  /** Returns the file (a path under {@code datasets/}) visit {@code id} is in, or {@code id} when it is no visit. */
  String fileOf(String id) {
    return fileById.getOrDefault(id, id);
  }

  /** Returns the visit id on {@code line} of {@code file}, a path under {@code datasets/}. */
  String idAt(String file, long line) {
    return idByLine.get(file).get(line);
  }
}
