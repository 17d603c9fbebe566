// Mistake: treats only null and the markers as missing, so an empty or blank cell counts as an answer.
package cascadekit.ch06;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Exercise 06.completeness-mostly: completeness, and a rule that must hold for "mostly" all values.
 *
 * <p>A survey export writes a missing answer as nothing, as spaces, or as a marker such as
 * {@code NA} or {@code n/a}, typed by hand in any case. A value is missing when it is {@code
 * null}, blank, or equal to one of {@code markers} once trimmed, ignoring case. Great
 * Expectations judges a rule only on the values that are there, and passes when the share of them
 * that meet it is at least {@code mostly}: a missing value is neither a pass nor a failure.
 *
 * <p>Task 1. Return the completeness: values not missing / all values. Refuse an empty list with
 * an {@code IllegalArgumentException}: there is nothing to measure.
 * <pre>{@code
 * completeness(["12", null, " ", "n/a", "7", "NA "], {"NA", "N/A"})   // => 0.3333 (2 of 6)
 * }</pre>
 *
 * <p>Task 2. Return the share of the values not missing that meet {@code rule} (it receives the
 * value as it is in the list); 1.0 when every value is missing, as Great Expectations passes a
 * column with nothing to check.
 * <pre>{@code
 * ruleShare(["12", null, "-3", "NA", "7", "40"], {"NA"}, v -> !v.startsWith("-"))   // => 0.75 (3 of 4)
 * }</pre>
 *
 * <p>Task 3. Return whether the rule holds for at least {@code mostly} of the values not missing
 * (a share exactly at {@code mostly} passes). Refuse a {@code mostly} outside [0, 1] with an
 * {@code IllegalArgumentException}.
 * <pre>{@code
 * passes(["12", null, "-3", "NA", "7", "40"], {"NA"}, v -> !v.startsWith("-"), 0.75)   // => true
 * }</pre>
 */
public final class CompletenessMostly {
  private CompletenessMostly() {}

  /** Returns the share of values that are not missing. */
  public static double completeness(List<String> values, Set<String> markers) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("completeness of an empty column is undefined: no values");
    }
    Predicate<String> missing = missing(markers);
    long present = values.stream().filter(missing.negate()).count();
    return (double) present / values.size();
  }

  /** Returns the share of the values not missing that meet {@code rule}, 1.0 when none is present. */
  public static double ruleShare(List<String> values, Set<String> markers, Predicate<String> rule) {
    List<String> present = values.stream().filter(missing(markers).negate()).toList();
    if (present.isEmpty()) {
      return 1.0;
    }
    // The denominator is the values that are there: a missing value is completeness's business.
    long meeting = present.stream().filter(rule).count();
    return (double) meeting / present.size();
  }

  /** Returns whether {@code rule} holds for at least {@code mostly} of the values not missing. */
  public static boolean passes(List<String> values, Set<String> markers, Predicate<String> rule, double mostly) {
    if (!(mostly >= 0 && mostly <= 1)) {
      throw new IllegalArgumentException("mostly must be a share in [0, 1], got " + mostly);
    }
    return ruleShare(values, markers, rule) >= mostly;
  }

  private static Predicate<String> missing(Set<String> markers) {
    // Markers are typed by people: compare them trimmed and in one case.
    Set<String> normal = markers.stream().map(m -> m.strip().toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
    return value -> value == null || normal.contains(value.strip().toUpperCase(Locale.ROOT));
  }
}
