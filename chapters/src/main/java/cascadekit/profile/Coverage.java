package cascadekit.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A feature's coverage in one slice of the rows (one clinic, one island, one season): the share
 * of the slice's rows that have a value. A feature can be 96% complete overall and 65% complete
 * in one slice; a model then serves that slice worse, and only a per-slice view shows it.
 *
 * <pre>{@code
 * List<Coverage> perIsland = Coverage.bySlice(penguins, "Delta 15 N (o/oo)", "Island");
 * Coverage.below(perIsland, 0.95);  // the islands whose rows too often lack the feature
 * }</pre>
 *
 * @param feature the column whose values are counted
 * @param slice the slice's name: its values of the slice columns, joined by " / "
 * @param rows the rows in the slice
 * @param present the rows in the slice with a value of the feature
 */
public record Coverage(String feature, String slice, long rows, long present) {
  /** Returns the share of the slice's rows that have a value. */
  public double completeness() {
    return rows == 0 ? Double.NaN : (double) present / rows;
  }

  /** Returns whether the slice's completeness is under {@code threshold}. */
  public boolean isBelow(double threshold) {
    return completeness() < threshold;
  }

  /** Returns the feature's coverage over every row of {@code table}, as one slice named "all". */
  public static Coverage overall(Table table, String feature) {
    Column<?> column = table.column(feature);
    return new Coverage(feature, "all", table.rowCount(), table.rowCount() - column.countMissing());
  }

  /** Returns the feature's coverage in each slice of {@code table}, sorted by slice name. */
  public static List<Coverage> bySlice(Table table, String feature, String... sliceColumns) {
    if (sliceColumns.length == 0) {
      throw new IllegalArgumentException("name at least one column to slice by");
    }
    Column<?> values = table.column(feature);
    Map<String, long[]> counts = new TreeMap<>();
    for (int row = 0; row < table.rowCount(); row++) {
      List<String> key = new ArrayList<>();
      for (String slice : sliceColumns) {
        Column<?> column = table.column(slice);
        key.add(column.isMissing(row) ? "(missing)" : column.getUnformattedString(row));
      }
      long[] rowsAndPresent = counts.computeIfAbsent(String.join(" / ", key), k -> new long[2]);
      rowsAndPresent[0]++;
      rowsAndPresent[1] += values.isMissing(row) ? 0 : 1;
    }
    List<Coverage> coverage = new ArrayList<>();
    counts.forEach((slice, n) -> coverage.add(new Coverage(feature, slice, n[0], n[1])));
    return coverage;
  }

  /** Returns the slices whose completeness is under {@code threshold}, worst first. */
  public static List<Coverage> below(List<Coverage> slices, double threshold) {
    return slices.stream()
        .filter(c -> c.isBelow(threshold))
        .sorted((a, b) -> Double.compare(a.completeness(), b.completeness()))
        .toList();
  }
}
