package cascadekit.ch03;

import java.util.List;

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
    // TODO: task 1: count the non-null values and the distinct ones.
    throw new UnsupportedOperationException(
        "03.uniqueness: Uniqueness.distinctness is not written yet; do task 1, then ./kit check 03.uniqueness");
  }

  /** Returns the share of non-null values that occur exactly once. */
  public static double uniqueness(List<String> values) {
    // TODO: task 2: count how often each value occurs; keep those seen once.
    throw new UnsupportedOperationException(
        "03.uniqueness: Uniqueness.uniqueness is not written yet; do task 2, then ./kit check 03.uniqueness");
  }

  /** Returns values that occur exactly once divided by distinct values. */
  public static double uniqueValueRatio(List<String> values) {
    // TODO: task 3: the numerator of task 2, the distinct count of task 1 as denominator.
    throw new UnsupportedOperationException(
        "03.uniqueness: Uniqueness.uniqueValueRatio is not written yet; do task 3, then ./kit check 03.uniqueness");
  }
}
