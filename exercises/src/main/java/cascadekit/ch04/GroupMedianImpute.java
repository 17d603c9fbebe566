package cascadekit.ch04;

import java.util.List;

/**
 * Exercise 04.group-median-impute: fill missing values with the median of a group, and say which.
 *
 * <p>A missing weight can be estimated from the patient's other visits. The mean is the obvious
 * estimate and the wrong one: one slipped decimal point (64 kg typed as 640) drags a group's
 * mean far from every real value, while the median stays with the majority. And an imputed
 * value is a guess, not a measurement, so a missing-indicator column keeps the difference.
 *
 * <p>Task 1. Return the median of the values: the middle one once sorted, or the mean of the
 * two middle ones for an even count. Leave the caller's list as it was; refuse an empty one with
 * an {@code IllegalArgumentException}.
 * <pre>{@code
 * median([64, 60, 640, 62])   // => 63.0   (sorted 60, 62, 64, 640)
 * }</pre>
 *
 * <p>Task 2. Return the visits with each missing value (null) replaced by the median of the
 * observed values in its group, or of all observed values when its group has none; and a
 * missing indicator per visit, true where a value was imputed. Observed values stay as they are,
 * and an imputed value never feeds a later imputation: every median is of observed values only.
 * (Chapter 04's toolbox falls back from the patient to the patient's sex; with one group here,
 * the coarser group is all visits.)
 * <pre>{@code
 * impute([v1 P1 60, v2 P1 null, v3 P1 640, v4 P1 62, v5 P2 null])
 *     // => values [60, 62, 640, 62, 62], missing [false, true, false, false, true]
 * }</pre>
 */
public final class GroupMedianImpute {
  private GroupMedianImpute() {}

  /** One visit: its id, its group (e.g. the patient) and a value, null when missing. */
  public record Visit(String id, String group, Double value) {}

  /** The visits with values filled in, and per visit whether its value was imputed. */
  public record Imputed(List<Visit> visits, List<Boolean> missing) {}

  /** Returns the median of {@code values}. */
  public static double median(List<Double> values) {
    // TODO: task 1: sort a copy and take the middle (or the mean of the two middle values).
    throw new UnsupportedOperationException(
        "04.group-median-impute: GroupMedianImpute.median is not written yet; do task 1, then ./kit check 04.group-median-impute");
  }

  /** Returns the visits with missing values imputed by their group's median, and the indicator. */
  public static Imputed impute(List<Visit> visits) {
    // TODO: task 2: collect each group's observed values, then fill each null with its group's median.
    throw new UnsupportedOperationException(
        "04.group-median-impute: GroupMedianImpute.impute is not written yet; do task 2, then ./kit check 04.group-median-impute");
  }
}
