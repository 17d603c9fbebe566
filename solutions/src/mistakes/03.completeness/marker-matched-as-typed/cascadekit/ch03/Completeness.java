// Mistake: looks the cell up in the marker set as typed, so " NA " and "na" count as values.
package cascadekit.ch03;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Exercise 03.completeness: how much of a column is really there.
 *
 * <p>Completeness is the share of rows that hold a value (Deequ's {@code Completeness}, TFDV's
 * presence). Files write "no value" in many ways: an empty cell, {@code NA}, {@code n/a},
 * {@code -999}, {@code unknown}. A profile that only counts empty cells as missing reports a
 * column full of {@code NA} as complete, and the cascade starts there.
 *
 * <p>Task 1. Return whether a cell is missing: {@code null}, blank (only spaces), or, once its
 * surrounding spaces are trimmed, equal to one of the markers, ignoring case.
 * <pre>{@code
 * isMissing(" NA ", Set.of("NA", "-999"))   // => true
 * isMissing("NAN", Set.of("NA"))            // => false: a marker matches whole, not as a prefix
 * }</pre>
 *
 * <p>Task 2. Return the completeness of a column: present cells divided by all cells. Refuse an
 * empty column with an {@code IllegalArgumentException}.
 * <pre>{@code
 * completeness(List.of("43", "NA", "", "51"), Set.of("NA"))   // => 0.5
 * }</pre>
 *
 * <p>Task 3. Return the completeness of every named column of a table of rows, sorted by
 * column name. A row that lacks a column's key has no value there.
 * <pre>{@code
 * perColumn(List.of(Map.of("age", "43", "sex", "F"), Map.of("age", "-999")), List.of("age", "sex"), Set.of("-999"))
 * // => {age=0.5, sex=0.5}
 * }</pre>
 */
public final class Completeness {
  private Completeness() {}

  /** Returns whether {@code cell} is missing: null, blank, or a marker (trimmed, any case). */
  public static boolean isMissing(String cell, Set<String> markers) {
    if (cell == null || cell.isBlank()) {
      return true;
    }
    // Trim and ignore case: " NA" and "na" are the same marker typed differently, and a profile
    // that misses them counts them as values.
    return markers.contains(cell);
  }

  /** Returns the share of cells in {@code column} that are present. */
  public static double completeness(List<String> column, Set<String> markers) {
    if (column.isEmpty()) {
      // 0 / 0 has no completeness; NaN would pass a "< 0.95" check silently as false.
      throw new IllegalArgumentException("an empty column has no completeness");
    }
    long present = column.stream().filter(cell -> !isMissing(cell, markers)).count();
    // Divide by all cells, missing ones included: dividing by the present ones always gives 1.
    return (double) present / column.size();
  }

  /** Returns the completeness of each of {@code columns} over {@code rows}, sorted by column name. */
  public static SortedMap<String, Double> perColumn(List<Map<String, String>> rows, List<String> columns, Set<String> markers) {
    SortedMap<String, Double> result = new TreeMap<>();
    for (String column : columns) {
      // row.get(column) is null when the key is absent, and null is missing: an absent key is
      // the same defect as an empty cell, written differently.
      List<String> cells = rows.stream().map(row -> row.get(column)).toList();
      result.put(column, completeness(cells, markers));
    }
    return result;
  }
}
