package cascadekit.split;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * What the two sides of a split share besides whole rows: the same id (deepchecks' index
 * leakage), the same group (the same applicant on both sides) and time (a test row earlier than
 * the last training row, deepchecks' date train-test leakage overlap). Each is a share of the test
 * rows, naming them.
 */
final class SideOverlap {
  private static final String INDEX = "deepchecks' index leakage";
  private static final String GROUP = "as scikit-learn's GroupKFold guarantees";
  private static final String TIME = "deepchecks' date train-test leakage overlap";

  private SideOverlap() {}

  /** Returns the id, group and time findings for the roles that name such a column. */
  static List<LeakageFinding> check(Table train, Table test, ColumnRoles roles, LeakageThresholds limits) {
    List<LeakageFinding> findings = new ArrayList<>();
    if (roles.id() != null) {
      findings.add(shared("id_overlap", roles.id(), train, test, roles, limits.maxIdShare(), INDEX));
    }
    if (roles.group() != null) {
      findings.add(shared("group_overlap", roles.group(), train, test, roles, limits.maxGroupShare(), GROUP));
    }
    if (roles.time() != null) {
      findings.add(time(train, test, roles, limits.maxTimeShare()));
    }
    return findings;
  }

  private static LeakageFinding shared(
      String kind, String column, Table train, Table test, ColumnRoles roles, double limit, String source) {
    Set<String> trainValues = new LinkedHashSet<>();
    for (int r = 0; r < train.rowCount(); r++) {
      trainValues.add(RowKeys.cell(train, column, r));
    }
    List<String> rows = new ArrayList<>();
    Set<String> values = new LinkedHashSet<>();
    for (int r = 0; r < test.rowCount(); r++) {
      String value = RowKeys.cell(test, column, r);
      if (trainValues.contains(value)) {
        rows.add(RowKeys.name(test, roles.id(), r));
        values.add(test.column(column).getString(r));
      }
    }
    String detail = String.format(
        Locale.ROOT, "%d of %d test rows (%s) share %d %s values with training",
        rows.size(), test.rowCount(), percent(rows.size(), test), values.size(), column);
    String measure = "share of test rows whose " + column + " is in training";
    return finding(kind, column, rows, test, limit, measure, source, detail);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static LeakageFinding time(Table train, Table test, ColumnRoles roles, double limit) {
    Column<Comparable> trainTimes = (Column<Comparable>) train.column(roles.time());
    Column<Comparable> testTimes = (Column<Comparable>) test.column(roles.time());
    Comparable last = null;
    for (int r = 0; r < train.rowCount(); r++) {
      if (!trainTimes.isMissing(r) && (last == null || trainTimes.get(r).compareTo(last) > 0)) {
        last = trainTimes.get(r);
      }
    }
    List<String> rows = new ArrayList<>();
    for (int r = 0; last != null && r < test.rowCount(); r++) {
      if (!testTimes.isMissing(r) && testTimes.get(r).compareTo(last) < 0) {
        rows.add(RowKeys.name(test, roles.id(), r));
      }
    }
    String detail = String.format(
        Locale.ROOT, "%d of %d test rows (%s) are earlier than the last training row (%s)",
        rows.size(), test.rowCount(), percent(rows.size(), test), last);
    String measure = "share of test rows before the last training row";
    return finding("time_overlap", roles.time(), rows, test, limit, measure, TIME, detail);
  }

  private static LeakageFinding finding(
      String kind, String column, List<String> rows, Table test, double limit, String measure, String source,
      String detail) {
    double share = (double) rows.size() / test.rowCount();
    String rule = measure + " <= " + LeakageThresholds.show(limit) + ", " + source;
    return new LeakageFinding(kind, column, share, rule, share > limit, rows, detail);
  }

  private static String percent(int count, Table test) {
    return String.format(Locale.ROOT, "%.1f%%", 100.0 * count / test.rowCount());
  }
}
