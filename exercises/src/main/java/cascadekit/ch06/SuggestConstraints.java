package cascadekit.ch06;

import java.util.Map;
import java.util.Optional;

/**
 * Exercise 06.suggest-constraints: four of Deequ's suggestion rules, from a column profile.
 *
 * <p>Deequ profiles a table and proposes checks, each by a rule with a fixed threshold. A
 * suggestion is a start for review, not a spec: it describes this batch, flaws included. A
 * {@link ColumnProfile} holds a column's rows, its missing values, the count of each value
 * present, and its minimum ({@code null} for a text column). Each task returns the suggested
 * constraint as the kit's check method would read, or nothing when the rule does not apply.
 *
 * <p>Task 1. Completeness {@code c} = present / rows. Suggest {@code isComplete("col")} when
 * {@code c} is 1; when {@code 0.2 < c < 1}, {@code hasCompletenessAtLeast("col", b)} with {@code b
 * = c - 1.96 * sqrt(c (1 - c) / rows)} (the lower end of a 95% Wald interval) cut down to two
 * decimals, never rounded up.
 * <pre>{@code
 * completeness(weight_kg: 400 rows, 20 missing)   // => hasCompletenessAtLeast("weight_kg", 0.92)
 * }</pre>
 *
 * <p>Task 2. Suggest {@code isContainedIn("col", ["a", "b"])} when at most 10% of the distinct
 * values occur exactly once; list the values most frequent first, ties in alphabetical order.
 * <pre>{@code
 * categories(sex: F=118, M=120, X=3)   // => isContainedIn("sex", ["M", "F", "X"])
 * }</pre>
 *
 * <p>Task 3. Suggest {@code isNonNegative("col")} for a numeric column whose minimum is 0 or more.
 * <pre>{@code
 * nonNegative(dose_mg: minimum 0.0)   // => isNonNegative("dose_mg")
 * }</pre>
 *
 * <p>Task 4. Suggest {@code isUnique("col")} for a complete column whose distinct values are at
 * least 92% of its rows (Deequ allows 8% for its approximate count; the kit counts exactly).
 * <pre>{@code
 * unique(visit_id: 100 rows, complete, 93 distinct)   // => isUnique("visit_id")
 * }</pre>
 */
public final class SuggestConstraints {
  private SuggestConstraints() {}

  /** A column's rows, missing values, count per value present, and minimum (null if not numeric). */
  public record ColumnProfile(String column, long rows, long missing, Map<String, Long> counts, Double minimum) {}

  /** Returns isComplete, a completeness lower bound, or nothing. */
  public static Optional<String> completeness(ColumnProfile profile) {
    // TODO: task 1: compute c, then pick the rule; cut the bound to two decimals (BigDecimal).
    throw new UnsupportedOperationException(
        "06.suggest-constraints: SuggestConstraints.completeness is not written yet; do task 1, then ./kit check 06.suggest-constraints");
  }

  /** Returns isContainedIn with the values most frequent first, when few values occur once. */
  public static Optional<String> categories(ColumnProfile profile) {
    // TODO: task 2: count the values that occur once; if few enough, list the values by count.
    throw new UnsupportedOperationException(
        "06.suggest-constraints: SuggestConstraints.categories is not written yet; do task 2, then ./kit check 06.suggest-constraints");
  }

  /** Returns isNonNegative for a numeric column with a minimum of 0 or more. */
  public static Optional<String> nonNegative(ColumnProfile profile) {
    // TODO: task 3: look at the minimum, if the column has one.
    throw new UnsupportedOperationException(
        "06.suggest-constraints: SuggestConstraints.nonNegative is not written yet; do task 3, then ./kit check 06.suggest-constraints");
  }

  /** Returns isUnique for a complete column with distinct values at least 92% of its rows. */
  public static Optional<String> unique(ColumnProfile profile) {
    // TODO: task 4: compare the distinct values with the rows of a complete column.
    throw new UnsupportedOperationException(
        "06.suggest-constraints: SuggestConstraints.unique is not written yet; do task 4, then ./kit check 06.suggest-constraints");
  }
}
