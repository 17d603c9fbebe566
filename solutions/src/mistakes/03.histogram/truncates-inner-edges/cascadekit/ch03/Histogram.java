// Mistake: divides (value - min) by width and rounds down, so inner edges land one bin low.
package cascadekit.ch03;

/**
 * Exercise 03.histogram: equal-width bins with the right edges.
 *
 * <p>A histogram cuts the range from the minimum to the maximum into {@code bins} bins of equal
 * width. Each bin is half-open, {@code [left, right)}, so a value on an edge belongs to the bin
 * on its right; but the last bin is closed, {@code [left, max]}, or the maximum would fall out
 * of the histogram (or into an eleventh bin of ten). A histogram that loses its maximum hides the
 * very outlier a profile is for.
 *
 * <p>Task 1. Return the {@code bins + 1} edges from {@code min} to {@code max}; the last edge is
 * exactly {@code max}.
 * <pre>{@code
 * edges(0, 10, 5)   // => [0, 2, 4, 6, 8, 10]
 * }</pre>
 *
 * <p>Task 2. Return the number of the bin a value falls in, from 0: a value on an edge belongs to
 * the bin that starts there, exactly as {@code edges} gives the edges. Refuse a value outside
 * {@code [min, max]} and fewer than one bin with an {@code IllegalArgumentException}. When
 * {@code min == max} (a constant column) every value is in bin 0.
 * <pre>{@code
 * bin(2, 0, 10, 5)    // => 1: 2 is the left edge of [2, 4)
 * bin(10, 0, 10, 5)   // => 4: the maximum is in the last bin
 * }</pre>
 *
 * <p>Task 3. Return the counts per bin of {@code values}, from their own minimum to their own
 * maximum; an empty array gives {@code bins} zeros.
 * <pre>{@code
 * counts(new double[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 5)   // => [2, 2, 2, 2, 3]
 * }</pre>
 */
public final class Histogram {
  private Histogram() {}

  /** Returns the {@code bins + 1} bin edges from {@code min} to {@code max}. */
  public static double[] edges(double min, double max, int bins) {
    if (bins < 1) {
      throw new IllegalArgumentException("need at least one bin, got " + bins);
    }
    double[] edges = new double[bins + 1];
    for (int i = 0; i < bins; i++) {
      // min + i * (max - min) / bins, not a running sum of widths: adding 0.1 ten times drifts.
      edges[i] = min + i * (max - min) / bins;
    }
    // Set the last edge to max itself, so rounding can never leave the maximum outside.
    edges[bins] = max;
    return edges;
  }

  /** Returns the bin, from 0, that {@code value} falls in. */
  public static int bin(double value, double min, double max, int bins) {
    if (bins < 1 || value < min || value > max) {
      throw new IllegalArgumentException("value " + value + " outside [" + min + ", " + max + "] or " + bins + " bins");
    }
    if (min == max) {
      return 0; // a constant column: width 0, and 0 / 0 would be NaN
    }
    // Multiply before dividing: (value - min) / width with a rounded width puts 0.3 of [0, 1] in
    // 10 bins at 2.9999... Then settle the last rounding against the edges themselves, so a value
    // on an edge always lands in the bin that starts there.
    double width = (max - min) / bins;
    int index = (int) Math.floor((value - min) / width);
    // value == max gives index == bins, one past the end: the last bin is closed, so it goes there.
    return Math.min(index, bins - 1);
  }

  /** Returns the counts per bin of {@code values} between their minimum and maximum. */
  public static long[] counts(double[] values, int bins) {
    if (bins < 1) {
      throw new IllegalArgumentException("need at least one bin, got " + bins);
    }
    long[] counts = new long[bins];
    if (values.length == 0) {
      return counts;
    }
    double min = values[0];
    double max = values[0];
    for (double v : values) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    for (double v : values) {
      counts[bin(v, min, max, bins)]++;
    }
    return counts;
  }
}
