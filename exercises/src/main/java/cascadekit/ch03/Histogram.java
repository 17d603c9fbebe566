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
    // TODO: task 1: min + i * (max - min) / bins for i = 0..bins, then set the last edge to max.
    throw new UnsupportedOperationException(
        "03.histogram: Histogram.edges is not written yet; do task 1, then ./kit check 03.histogram");
  }

  /** Returns the bin, from 0, that {@code value} falls in. */
  public static int bin(double value, double min, double max, int bins) {
    // TODO: task 2: a first guess from (value - min) * bins / (max - min), then settle it against edges().
    throw new UnsupportedOperationException(
        "03.histogram: Histogram.bin is not written yet; do task 2, then ./kit check 03.histogram");
  }

  /** Returns the counts per bin of {@code values} between their minimum and maximum. */
  public static long[] counts(double[] values, int bins) {
    // TODO: task 3: find min and max, then add one to the bin of each value.
    throw new UnsupportedOperationException(
        "03.histogram: Histogram.counts is not written yet; do task 3, then ./kit check 03.histogram");
  }
}
