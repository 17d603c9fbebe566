package cascadekit.monitoring;

import java.util.Arrays;

/**
 * Bins cut at a reference sample's quantiles, so that each bin holds about the same share of
 * the reference: the bins PSI and the skew check compare shares over.
 *
 * <p>Edge {@code i} (of {@code bins - 1}) is the value at index {@code floor(i * n / bins)} of
 * the sorted reference. A value falls in the bin of the number of edges at or below it, so the
 * first bin is open to the left and the last open to the right: values outside the reference's
 * range still land in a bin.
 *
 * <pre>{@code
 * QuantileBins deciles = QuantileBins.of(reference, 10);
 * int bin = deciles.bin(61.2);
 * }</pre>
 */
public final class QuantileBins {
  private final double[] edges;

  private QuantileBins(double[] edges) {
    this.edges = edges;
  }

  /** Returns {@code bins} bins cut at the quantiles of {@code reference}. */
  public static QuantileBins of(double[] reference, int bins) {
    if (reference.length == 0 || bins < 2) {
      throw new IllegalArgumentException(
          "need a reference sample and at least 2 bins, got " + reference.length + " values and " + bins + " bins");
    }
    double[] sorted = reference.clone();
    Arrays.sort(sorted);
    double[] edges = new double[bins - 1];
    for (int i = 1; i < bins; i++) {
      edges[i - 1] = sorted[(int) ((long) i * sorted.length / bins)];
    }
    return new QuantileBins(edges);
  }

  /** Returns the inner edges, ascending: bin {@code i} ends where edge {@code i} starts bin {@code i + 1}. */
  public double[] edges() {
    return edges.clone();
  }

  /** Returns how many bins there are. */
  public int size() {
    return edges.length + 1;
  }

  /** Returns the bin {@code value} falls in, from 0 to {@code size() - 1}. */
  public int bin(double value) {
    int low = 0;
    int high = edges.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (edges[mid] <= value) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** Returns how many of {@code values} fall in each bin. */
  public long[] counts(double[] values) {
    long[] counts = new long[size()];
    for (double v : values) {
      counts[bin(v)]++;
    }
    return counts;
  }
}
