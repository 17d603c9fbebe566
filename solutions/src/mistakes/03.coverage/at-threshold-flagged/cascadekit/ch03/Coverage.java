// Mistake: flags a slice exactly at the threshold (<= where the task says strictly below).
package cascadekit.ch03;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Exercise 03.coverage: a feature's coverage per slice.
 *
 * <p>A feature that is 96% complete overall can be 65% complete for one island, one clinic or
 * one season, and a model that needs it then serves that slice badly. TFDV calls the share of
 * rows with a value a feature's presence; checked per slice against a threshold, it finds the
 * slice the overall figure hides. Here each {@link Cell} is one row's slice and its value of
 * the feature, {@code null} when missing.
 *
 * <p>Task 1. Return each slice's completeness (rows with a value / rows), sorted by slice.
 * <pre>{@code
 * perSlice(List.of(new Cell("Biscoe", 8.1), new Cell("Torgersen", null), new Cell("Torgersen", 8.9)))
 * // => {Biscoe=1.0, Torgersen=0.5}
 * }</pre>
 *
 * <p>Task 2. Return the overall completeness: all rows with a value / all rows. It weighs each
 * slice by its rows; the mean of the slices' completeness does not. Refuse no rows at all with an
 * {@code IllegalArgumentException}.
 * <pre>{@code
 * overall(the three cells above)   // => 2/3, not (1.0 + 0.5) / 2 = 0.75
 * }</pre>
 *
 * <p>Task 3. Return the slices whose completeness is strictly below {@code threshold}, worst
 * first (ties by slice name).
 * <pre>{@code
 * below(Map.of("Biscoe", 0.99, "Dream", 0.96, "Torgersen", 0.87), 0.95)   // => [Torgersen]
 * }</pre>
 */
public final class Coverage {
  private Coverage() {}

  /** Returns each slice's completeness, sorted by slice. */
  public static SortedMap<String, Double> perSlice(List<Cell> cells) {
    // Two counts per slice, divided at the end: a running average per slice is easy to get wrong.
    Map<String, long[]> counts = new TreeMap<>();
    for (Cell cell : cells) {
      long[] rowsAndPresent = counts.computeIfAbsent(cell.slice(), s -> new long[2]);
      rowsAndPresent[0]++;
      if (cell.value() != null) {
        rowsAndPresent[1]++;
      }
    }
    SortedMap<String, Double> completeness = new TreeMap<>();
    counts.forEach((slice, n) -> completeness.put(slice, (double) n[1] / n[0]));
    return completeness;
  }

  /** Returns the share of all rows that have a value. */
  public static double overall(List<Cell> cells) {
    if (cells.isEmpty()) {
      throw new IllegalArgumentException("no rows: no completeness");
    }
    // Over the rows, not over perSlice's values: a slice of 2 rows must not weigh as much as
    // a slice of 200.
    long present = cells.stream().filter(c -> c.value() != null).count();
    return (double) present / cells.size();
  }

  /** Returns the slices strictly below {@code threshold}, worst first, ties by name. */
  public static List<String> below(Map<String, Double> completeness, double threshold) {
    List<Map.Entry<String, Double>> under = new ArrayList<>();
    for (Map.Entry<String, Double> e : completeness.entrySet()) {
      // Strictly below: a slice exactly at the threshold meets it.
      if (e.getValue() <= threshold) {
        under.add(e);
      }
    }
    under.sort(Map.Entry.<String, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
    return under.stream().map(Map.Entry::getKey).toList();
  }

  /**
   * One row: the slice it belongs to and its value of the feature.
   *
   * @param slice the slice, e.g. an island or a clinic
   * @param value the feature's value, {@code null} when missing
   */
  public record Cell(String slice, Double value) {}
}
