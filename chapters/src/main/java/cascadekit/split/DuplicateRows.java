package cascadekit.split;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import tech.tablesaw.api.NumberColumn;
import tech.tablesaw.api.Table;

/**
 * Test rows that repeat a training row (deepchecks' train-test samples mix), judged on the roles'
 * compared columns (group, features, label; never id or time, which a copy entered again gets
 * anew), after {@link RowKeys} normalises them.
 *
 * <p>An <b>exact</b> duplicate has the same fingerprint as a training row. A <b>near</b> duplicate
 * is not exact but equals a training row on every compared column but one numeric feature, which
 * lies within {@code nearTolerance} (relative to the larger of the two) of the training value.
 */
final class DuplicateRows {
  private DuplicateRows() {}

  /** Returns the exact and the near duplicates, each as a share of the test rows. */
  static List<LeakageFinding> check(Table train, Table test, ColumnRoles roles, LeakageThresholds limits) {
    List<String> columns = roles.compared();
    Set<String> trainKeys = IntStream.range(0, train.rowCount())
        .mapToObj(r -> RowKeys.fingerprint(train, columns, r)).collect(Collectors.toSet());
    List<String> exact = new ArrayList<>();
    List<Integer> rest = new ArrayList<>();
    for (int row = 0; row < test.rowCount(); row++) {
      if (trainKeys.contains(RowKeys.fingerprint(test, columns, row))) {
        exact.add(RowKeys.name(test, roles.id(), row));
      } else {
        rest.add(row);
      }
    }
    List<String> near = near(train, test, roles, rest, limits.nearTolerance());
    String rule = "share of test rows <= " + LeakageThresholds.show(limits.maxDuplicateShare())
        + ", deepchecks' train-test samples mix";
    return List.of(
        finding("exact_duplicates", exact, test, rule, limits, "test rows equal a training row after normalising"),
        finding("near_duplicates", near, test, rule, limits, String.format(
            Locale.ROOT, "test rows equal a training row but one number within %.0f%%", 100 * limits.nearTolerance())));
  }

  private static List<String> near(Table train, Table test, ColumnRoles roles, List<Integer> rows, double tolerance) {
    List<String> near = new ArrayList<>();
    List<String> numeric = roles.features().stream().filter(f -> train.column(f) instanceof NumberColumn).toList();
    List<Map<String, List<Integer>>> indexes = new ArrayList<>();
    for (String column : numeric) {
      List<String> others = roles.compared().stream().filter(c -> !c.equals(column)).toList();
      Map<String, List<Integer>> index = new HashMap<>();
      for (int r = 0; r < train.rowCount(); r++) {
        index.computeIfAbsent(RowKeys.fingerprint(train, others, r), k -> new ArrayList<>()).add(r);
      }
      indexes.add(index);
    }
    for (int row : rows) {
      for (int c = 0; c < numeric.size(); c++) {
        if (hasNear(train, test, numeric.get(c), row, indexes.get(c), roles, tolerance)) {
          near.add(RowKeys.name(test, roles.id(), row));
          break;
        }
      }
    }
    return near;
  }

  private static boolean hasNear(
      Table train, Table test, String column, int row, Map<String, List<Integer>> index, ColumnRoles roles,
      double tolerance) {
    List<String> others = roles.compared().stream().filter(c -> !c.equals(column)).toList();
    List<Integer> candidates = index.getOrDefault(RowKeys.fingerprint(test, others, row), List.of());
    NumberColumn<?, ?> testValues = (NumberColumn<?, ?>) test.column(column);
    NumberColumn<?, ?> trainValues = (NumberColumn<?, ?>) train.column(column);
    if (testValues.isMissing(row)) {
      return false;
    }
    double value = testValues.getDouble(row);
    return candidates.stream().filter(r -> !trainValues.isMissing(r)).mapToDouble(trainValues::getDouble)
        .anyMatch(v -> Math.abs(v - value) <= tolerance * Math.max(Math.abs(v), Math.abs(value)));
  }

  private static LeakageFinding finding(
      String kind, List<String> rows, Table test, String rule, LeakageThresholds limits, String what) {
    double share = (double) rows.size() / test.rowCount();
    String detail = String.format(
        Locale.ROOT, "%d of %d %s (%.1f%%)", rows.size(), test.rowCount(), what, 100 * share);
    return new LeakageFinding(kind, "(rows)", share, rule, share > limits.maxDuplicateShare(), rows, detail);
  }
}
