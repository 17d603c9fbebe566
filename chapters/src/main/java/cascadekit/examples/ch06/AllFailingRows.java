package cascadekit.examples.ch06;

import cascadekit.check.Check;
import cascadekit.check.ConstraintResult;
import cascadekit.check.ValidationResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tech.tablesaw.api.Table;

/**
 * Every failing row of each failed row-level constraint. A run keeps the first 20 ids of a failure,
 * as a gate's report should (Great Expectations' {@code BASIC} format does the same); holding every
 * flagged row against the manifest needs them all. So the same checks run again over blocks of at
 * most 20 rows, each visit kept with its same-day twin, and the ids are gathered. For each
 * constraint the blocks' counts add up to the whole run's count, which the example's test checks.
 */
final class AllFailingRows {
  private AllFailingRows() {}

  /** Returns, per failed row-level constraint of {@code whole}, the ids of all its failing rows. */
  static Map<String, Set<String>> of(Table visits, ValidationResult whole, List<Check> checks) {
    Map<String, Set<String>> ids = new LinkedHashMap<>();
    for (ConstraintResult r : whole.failures()) {
      if (r.failingCount() > 0) {
        ids.put(r.constraint(), new TreeSet<>());
      }
    }
    for (Table block : blocks(visits)) {
      for (ConstraintResult r : ValidationRun.validate(block, checks).failures()) {
        Set<String> all = ids.get(r.constraint());
        if (all != null) {
          all.addAll(r.failingIds());
        }
      }
    }
    return ids;
  }

  /** Returns blocks of at most 20 rows; rows with the same patient and day share a block. */
  private static List<Table> blocks(Table visits) {
    Map<String, List<Integer>> days = new LinkedHashMap<>();
    for (int row = 0; row < visits.rowCount(); row++) {
      days.computeIfAbsent(visits.getString(row, VisitSuite.PATIENT_DAY), k -> new ArrayList<>()).add(row);
    }
    List<Table> blocks = new ArrayList<>();
    List<Integer> block = new ArrayList<>();
    for (List<Integer> rows : days.values()) {
      if (block.size() + rows.size() > ConstraintResult.ID_CAP) {
        blocks.add(visits.rows(block.stream().mapToInt(Integer::intValue).toArray()));
        block = new ArrayList<>();
      }
      block.addAll(rows);
    }
    blocks.add(visits.rows(block.stream().mapToInt(Integer::intValue).toArray()));
    return blocks;
  }
}
