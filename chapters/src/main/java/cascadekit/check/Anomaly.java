package cascadekit.check;

import cascadekit.profile.Figures;

/**
 * A batch whose metric fell outside the bounds its history allowed.
 *
 * @param batch the batch key, such as {@code 2023-08}
 * @param value the metric's value on that batch
 * @param lower the lowest value the strategy accepted for it
 * @param upper the highest value the strategy accepted for it
 * @param strategy the strategy that flagged it and why, such as {@code relative rate of change 0.15 < 0.5}
 */
public record Anomaly(String batch, double value, double lower, double upper, String strategy) {
  /** Returns e.g. {@code 2023-08: 150 outside [500, 2000] (relative rate of change ...)}. */
  @Override
  public String toString() {
    return batch + ": " + figure(value) + " outside [" + figure(lower) + ", " + figure(upper) + "] (" + strategy + ")";
  }

  /** Returns {@code x} to four significant digits, or {@code inf} / {@code -inf} for an open side. */
  static String figure(double x) {
    return Double.isInfinite(x) ? (x > 0 ? "inf" : "-inf") : Figures.of(x);
  }
}
