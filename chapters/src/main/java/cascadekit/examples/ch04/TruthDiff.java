package cascadekit.examples.ch04;

import cascadekit.clean.Cells;
import cascadekit.clean.GroupMedianImputer;
import java.util.List;
import java.util.Objects;
import tech.tablesaw.api.Table;

/**
 * How far a table of visits is from the true visits: the cells that differ, how many of those
 * hold an imputed value (an estimate, rarely exactly the truth) or were left missing, and the rows
 * that have no true visit at all (duplicates).
 *
 * @param cells differing cells, in the visits both sides have
 * @param imputed of those, cells whose missing indicator is true
 * @param missing of those, cells left missing
 * @param extraRows rows with no true visit
 */
record TruthDiff(int cells, int imputed, int missing, int extraRows) {
  /** Returns how {@code visits} differ from {@code truth} in the {@code columns}, row by visit id. */
  static TruthDiff of(Table visits, Table truth, List<String> columns) {
    List<String> truthIds = truth.stringColumn("visit_id").asList();
    int cells = 0;
    int imputed = 0;
    int missing = 0;
    int extra = 0;
    for (int row = 0; row < visits.rowCount(); row++) {
      int expected = truthIds.indexOf(visits.getString(row, "visit_id"));
      if (expected < 0) {
        extra++;
        continue;
      }
      for (String column : columns) {
        Object value = Cells.value(visits, column, row);
        if (!Objects.equals(value, Cells.value(truth, column, expected))) {
          cells++;
          imputed += Boolean.TRUE.equals(Cells.value(visits, GroupMedianImputer.indicator(column), row)) ? 1 : 0;
          missing += value == null ? 1 : 0;
        }
      }
    }
    return new TruthDiff(cells, imputed, missing, extra);
  }
}
