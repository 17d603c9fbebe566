// Mistake: lets an empty column through, so it gets 0 / 0 = NaN instead of a refusal.
package cascadekit.ch03;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Exercise 03.uniqueness: uniqueness is not distinctness.
 *
 * <p>Deequ defines both over the values present (nulls are left out). <b>Distinctness</b> is
 * the number of distinct values divided by the number of values. <b>Uniqueness</b> is the share
 * of values that occur exactly once. A key column needs uniqueness 1.0; a column can have many
 * distinct values and still repeat most of them. For {@code a, a, b, c, c, c, d}: 4 distinct
 * values of 7 (distinctness 4/7), but only {@code b} and {@code d} occur once (uniqueness 2/7).
 *
 * <p>Task 1. Return the distinctness of the non-null values. Refuse a column without a value with an
 * {@code IllegalArgumentException}.
 * <pre>{@code
 * distinctness(List.of("a", "a", "b", "c", "c", "c", "d"))   // => 4/7 = 0.571...
 * }</pre>
 *
 * <p>Task 2. Return the uniqueness of the non-null values: values that occur exactly once,
 * divided by all non-null values. Refuse a column without a value with an
 * {@code IllegalArgumentException}.
 * <pre>{@code
 * uniqueness(List.of("a", "a", "b", "c", "c", "c", "d"))   // => 2/7 = 0.285...
 * }</pre>
 *
 * <p>Task 3. Return Deequ's UniqueValueRatio: values that occur exactly once, divided by the
 * number of distinct values. Refuse a column without a value with an
 * {@code IllegalArgumentException}.
 * <pre>{@code
 * uniqueValueRatio(List.of("a", "a", "b", "c", "c", "c", "d"))   // => 2/4 = 0.5
 * }</pre>
 */
public final class Uniqueness {
  private Uniqueness() {}

  /** Returns distinct non-null values divided by non-null values. */
  public static double distinctness(List<String> values) {
    Map<String, Integer> counts = counts(values);
    return (double) counts.size() / present(counts);
  }

  /** Returns the share of non-null values that occur exactly once. */
  public static double uniqueness(List<String> values) {
    Map<String, Integer> counts = counts(values);
    // Each value seen once is one row: the numerator counts rows whose value no other row shares.
    return (double) once(counts) / present(counts);
  }

  /** Returns values that occur exactly once divided by distinct values. */
  public static double uniqueValueRatio(List<String> values) {
    Map<String, Integer> counts = counts(values);
    return (double) once(counts) / counts.size();
  }

  /** Returns how often each non-null value occurs; refuses a column with none. */
  private static Map<String, Integer> counts(List<String> values) {
    // Count into a new map: the caller's list is read, never sorted or changed.
    Map<String, Integer> counts = new HashMap<>();
    values.stream().filter(Objects::nonNull).forEach(v -> counts.merge(v, 1, Integer::sum));
    return counts;
  }

  private static int present(Map<String, Integer> counts) {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  private static long once(Map<String, Integer> counts) {
    return counts.values().stream().filter(n -> n == 1).count();
  }
}
