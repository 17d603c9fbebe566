package cascadekit.profile;

import java.util.List;

/**
 * The health of one column: how much of it is there, how varied it is, and how its values are
 * spread. Ratios follow Deequ's definitions: completeness divides by all rows; distinctness and
 * uniqueness divide by the values present (Deequ counts only non-null rows for them).
 *
 * <pre>{@code
 * ColumnProfile age = Profiler.profile(table).get(4);
 * age.completeness();  // present / rows
 * age.uniqueness();    // values that occur exactly once / present
 * }</pre>
 *
 * @param name the column name
 * @param type the type inferred from the present values
 * @param rows all rows, missing ones included
 * @param present rows with a value (not a missing marker)
 * @param distinct how many different values occur
 * @param unique how many values occur exactly once
 * @param min the lowest value (numbers by value, dates and text in their natural order)
 * @param max the highest value
 * @param mean the mean of a number column, NaN otherwise
 * @param stdDev the sample standard deviation (n - 1) of a number column, NaN otherwise
 * @param quantiles the quartiles of a number column (R_7), NaNs otherwise
 * @param topValues the most frequent values, most frequent first
 * @param histogram ten equal-width bins of a number column, min to max, empty otherwise
 * @param fencedHistogram ten equal-width bins between Tukey's fences (Q1 - 1.5 IQR, Q3 + 1.5
 *     IQR), outliers counted below and above them, so a few wild values do not squash the rest
 *     into one bar; the same as {@code histogram} when no value lies beyond the fences
 */
public record ColumnProfile(
    String name,
    ValueType type,
    long rows,
    long present,
    long distinct,
    long unique,
    String min,
    String max,
    double mean,
    double stdDev,
    Quantiles quantiles,
    List<ValueCount> topValues,
    Histogram histogram,
    Histogram fencedHistogram) {
  /** Copies the top values so the profile cannot change afterwards. */
  public ColumnProfile {
    topValues = List.copyOf(topValues);
  }

  /** Returns the rows without a value. */
  public long missing() {
    return rows - present;
  }

  /** Returns the share of rows with a value (Deequ's completeness, TFDV's presence). */
  public double completeness() {
    return rows == 0 ? Double.NaN : (double) present / rows;
  }

  /** Returns distinct values per present value: 1.0 when no value repeats. */
  public double distinctness() {
    return present == 0 ? Double.NaN : (double) distinct / present;
  }

  /** Returns the share of present values that occur exactly once. */
  public double uniqueness() {
    return present == 0 ? Double.NaN : (double) unique / present;
  }

  /** Returns the share of distinct values that occur exactly once (Deequ's UniqueValueRatio). */
  public double uniqueValueRatio() {
    return distinct == 0 ? Double.NaN : (double) unique / distinct;
  }
}
