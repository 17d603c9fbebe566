package cascadekit.profile;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The numbers of a column as its distinct values in ascending order, each with how often it
 * occurs: enough for exact quartiles and histograms without keeping one number per row.
 *
 * <pre>{@code
 * NumberCounts.of(new double[] {4, 1}, new long[] {1, 3}).quantiles().median();  // 1.0, as of 1, 1, 1, 4
 * }</pre>
 */
final class NumberCounts {
  private final double[] values;
  private final long[] counts;
  private final long[] countsUpTo; // countsUpTo[i]: values before i and i itself

  private NumberCounts(double[] values, long[] counts) {
    this.values = values;
    this.counts = counts;
    this.countsUpTo = counts.clone();
    Arrays.parallelPrefix(countsUpTo, Long::sum);
  }

  /** Returns the numbers {@code values[i]}, each occurring {@code counts[i]} times, in any order. */
  static NumberCounts of(double[] values, long[] counts) {
    int[] order = IntStream.range(0, values.length).boxed()
        .sorted(Comparator.comparingDouble(i -> values[i]))
        .mapToInt(Integer::intValue)
        .toArray();
    return new NumberCounts(Arrays.stream(order).mapToDouble(i -> values[i]).toArray(),
        Arrays.stream(order).mapToLong(i -> counts[i]).toArray());
  }

  /**
   * Returns the quartiles by R_7, as Commons Math's {@code Percentile} computes them on every
   * number written out: position {@code 1 + (n - 1) p}, interpolated between its neighbours.
   */
  Quantiles quantiles() {
    if (values.length == 0) {
      return Quantiles.of(new double[0]);
    }
    return new Quantiles(quantile(0.25), quantile(0.5), quantile(0.75));
  }

  /** Returns the histogram in {@code bins} equal-width bins. */
  Histogram histogram(int bins) {
    return Histogram.of(values, counts, bins);
  }

  /**
   * Returns the histogram in {@code bins} equal-width bins between Tukey's fences, {@code Q1 - 1.5
   * IQR} and {@code Q3 + 1.5 IQR} (the box plot's whiskers), the values beyond them counted below
   * and above; with no spread between the quartiles (IQR 0) or nothing beyond the fences, the
   * bins span the minimum to the maximum.
   */
  Histogram fencedHistogram(int bins) {
    if (values.length == 0) {
      return histogram(bins);
    }
    Quantiles q = quantiles();
    double iqr = q.q3() - q.q1();
    double low = q.q1() - 1.5 * iqr;
    double high = q.q3() + 1.5 * iqr;
    boolean outliers = values[0] < low || values[values.length - 1] > high;
    return iqr > 0 && outliers ? Histogram.within(values, counts, bins, low, high) : histogram(bins);
  }

  private double quantile(double p) {
    long n = countsUpTo[countsUpTo.length - 1];
    double position = 1 + (n - 1) * p;
    double whole = Math.floor(position);
    if (position < 1) {
      return orderStatistic(0);
    }
    if (position >= n) {
      return orderStatistic(n - 1);
    }
    double lower = orderStatistic((long) whole - 1);
    double upper = orderStatistic((long) whole);
    return lower + (position - whole) * (upper - lower);
  }

  /** Returns the {@code k}-th smallest number, counting from 0. */
  private double orderStatistic(long k) {
    int found = Arrays.binarySearch(countsUpTo, k + 1);
    return values[found >= 0 ? found : -found - 1];
  }
}
