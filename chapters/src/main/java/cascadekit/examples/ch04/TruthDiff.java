package cascadekit.examples.ch04;

import cascadekit.clean.GroupMedianImputer;
import cascadekit.clean.Rows;
import cascadekit.load.Row;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How far some rows are from the true visits: the cells that differ, how many of those hold an
 * imputed value (an estimate, rarely exactly the truth) or were left missing, and the rows that
 * have no true visit at all (duplicates).
 *
 * @param cells differing cells, in the visits both sides have
 * @param imputed of those, cells whose missing indicator is true
 * @param missing of those, cells left missing
 * @param extraRows rows with no true visit
 */
record TruthDiff(int cells, int imputed, int missing, int extraRows) {
  /** Returns how {@code rows} differ from {@code truth} in the {@code columns}. */
  static TruthDiff of(Rows rows, List<Row> truth, List<String> columns) {
    Map<String, Row> byId = new HashMap<>();
    truth.forEach(r -> byId.put((String) r.get("visit_id"), r));
    int cells = 0;
    int imputed = 0;
    int missing = 0;
    int extra = 0;
    for (Row row : rows.list()) {
      Row expected = byId.get(rows.id(row));
      if (expected == null) {
        extra++;
        continue;
      }
      for (String column : columns) {
        if (!Objects.equals(row.get(column), expected.get(column))) {
          cells++;
          imputed += Boolean.TRUE.equals(row.get(GroupMedianImputer.indicator(column))) ? 1 : 0;
          missing += row.get(column) == null ? 1 : 0;
        }
      }
    }
    return new TruthDiff(cells, imputed, missing, extra);
  }
}
