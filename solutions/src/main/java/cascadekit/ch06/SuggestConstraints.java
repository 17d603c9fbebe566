package cascadekit.ch06;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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
    double c = (double) (profile.rows() - profile.missing()) / profile.rows();
    if (c == 1) {
      return Optional.of("isComplete(\"" + profile.column() + "\")");
    }
    if (c <= 0.2) {
      return Optional.empty();
    }
    double lower = c - 1.96 * Math.sqrt(c * (1 - c) / profile.rows());
    // Cut, never round up: a bound above what the data can show fails on the next honest batch.
    String bound = BigDecimal.valueOf(lower).setScale(2, RoundingMode.DOWN).toPlainString();
    return Optional.of("hasCompletenessAtLeast(\"" + profile.column() + "\", " + bound + ")");
  }

  /** Returns isContainedIn with the values most frequent first, when few values occur once. */
  public static Optional<String> categories(ColumnProfile profile) {
    Map<String, Long> counts = profile.counts();
    long once = counts.values().stream().filter(n -> n == 1).count();
    if (counts.isEmpty() || (double) once / counts.size() > 0.1) {
      return Optional.empty();
    }
    String values = counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
        .map(e -> "\"" + e.getKey() + "\"")
        .collect(Collectors.joining(", ", "[", "]"));
    return Optional.of("isContainedIn(\"" + profile.column() + "\", " + values + ")");
  }

  /** Returns isNonNegative for a numeric column with a minimum of 0 or more. */
  public static Optional<String> nonNegative(ColumnProfile profile) {
    boolean applies = profile.minimum() != null && profile.minimum() >= 0;
    return applies ? Optional.of("isNonNegative(\"" + profile.column() + "\")") : Optional.empty();
  }

  /** Returns isUnique for a complete column with distinct values at least 92% of its rows. */
  public static Optional<String> unique(ColumnProfile profile) {
    boolean applies = profile.missing() == 0 && profile.counts().size() >= 0.92 * profile.rows();
    return applies ? Optional.of("isUnique(\"" + profile.column() + "\")") : Optional.empty();
  }
}
