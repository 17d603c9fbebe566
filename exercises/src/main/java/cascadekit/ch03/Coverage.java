package cascadekit.ch03;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;

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
    // TODO: task 1: count rows and rows with a value per slice, then divide.
    throw new UnsupportedOperationException(
        "03.coverage: Coverage.perSlice is not written yet; do task 1, then ./kit check 03.coverage");
  }

  /** Returns the share of all rows that have a value. */
  public static double overall(List<Cell> cells) {
    // TODO: task 2: count over all cells, not over the slices.
    throw new UnsupportedOperationException(
        "03.coverage: Coverage.overall is not written yet; do task 2, then ./kit check 03.coverage");
  }

  /** Returns the slices strictly below {@code threshold}, worst first, ties by name. */
  public static List<String> below(Map<String, Double> completeness, double threshold) {
    // TODO: task 3: filter, then sort by completeness and then by name.
    throw new UnsupportedOperationException(
        "03.coverage: Coverage.below is not written yet; do task 3, then ./kit check 03.coverage");
  }

  /**
   * One row: the slice it belongs to and its value of the feature.
   *
   * @param slice the slice, e.g. an island or a clinic
   * @param value the feature's value, {@code null} when missing
   */
  public record Cell(String slice, Double value) {}
}
