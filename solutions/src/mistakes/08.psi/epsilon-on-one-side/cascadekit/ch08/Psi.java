// Mistake: replaces an empty share with epsilon on the current side only, so an empty reference bin divides by 0.
package cascadekit.ch08;

import java.util.ArrayList;
import java.util.List;

/**
 * Exercise 08.psi: the population stability index, with bins from the reference.
 *
 * <p>A payments team watches the amount of each transaction. Last quarter's amounts are the
 * reference; this week's are the current window. PSI cuts the reference into bins of equal
 * share (its quantiles), counts what share of each window falls in each bin, and sums
 * {@code (a - e) * ln(a / e)} over the bins, {@code e} the reference share and {@code a} the
 * current one. Below 0.1 is stable, 0.1 to 0.25 moderate, from 0.25 significant.
 *
 * <p>Task 1. Return the {@code bins - 1} cut points of the reference: sort a copy, and cut point
 * {@code i} (from 1) is the value at index {@code i * n / bins} (integer division). Leave the
 * caller's list in its order.
 * <pre>{@code
 * edges([10, 9, 8, 7, 6, 5, 4, 3, 2, 1], 5)   // => [3.0, 5.0, 7.0, 9.0]
 * }</pre>
 *
 * <p>Task 2. Return the share of {@code values} in each bin. A value goes in the bin numbered by
 * how many edges are at or below it, so bin 0 holds everything under the first edge and the last
 * bin everything from the last edge up.
 * <pre>{@code
 * shares([2, 3, 4, 5, 6, 7, 8, 9, 10, 11], [3, 5, 7, 9])   // => [0.1, 0.2, 0.2, 0.2, 0.3]
 * }</pre>
 *
 * <p>Task 3. Return the PSI of {@code current} against {@code reference}, with edges cut from
 * the reference (never from the current window). A share of 0 has no logarithm: use
 * {@link #EPSILON} in its place, on either side, in the factor {@code (a - e)} as well as in the
 * logarithm. Refuse an empty reference with an {@code IllegalArgumentException}.
 * <pre>{@code
 * psi(reference 1..10, [2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 5)   // => 0.1099
 * psi(reference 1..10, [6, 7, 7, 8, 8, 9, 9, 10, 10, 10], 5) // => 3.5217 (two empty bins)
 * }</pre>
 */
public final class Psi {
  /** The share that stands in for an empty bin. */
  public static final double EPSILON = 1e-4;

  private Psi() {}

  /** Returns the {@code bins - 1} cut points at the reference's quantiles. */
  public static List<Double> edges(List<Double> reference, int bins) {
    if (reference.isEmpty() || bins < 2) {
      throw new IllegalArgumentException("need values and at least 2 bins");
    }
    // Sort a copy: the caller's list may be in time order, and that order means something.
    List<Double> sorted = new ArrayList<>(reference);
    sorted.sort(null);
    List<Double> edges = new ArrayList<>();
    for (int i = 1; i < bins; i++) {
      edges.add(sorted.get(i * sorted.size() / bins));
    }
    return edges;
  }

  /** Returns the share of {@code values} in each of the {@code edges.size() + 1} bins. */
  public static double[] shares(List<Double> values, List<Double> edges) {
    double[] shares = new double[edges.size() + 1];
    for (double v : values) {
      // Count the edges at or below v: open bins at both ends catch values outside the reference.
      int bin = 0;
      while (bin < edges.size() && edges.get(bin) <= v) {
        bin++;
      }
      shares[bin] += 1.0 / values.size();
    }
    return shares;
  }

  /** Returns the PSI of {@code current} against {@code reference} over {@code bins} reference bins. */
  public static double psi(List<Double> reference, List<Double> current, int bins) {
    // The bins belong to the reference: cut at the current window's quantiles, every window
    // would spread evenly over its own bins and a shift would hide.
    List<Double> edges = edges(reference, bins);
    double[] expected = shares(reference, edges);
    double[] actual = shares(current, edges);
    double psi = 0;
    for (int i = 0; i < expected.length; i++) {
      // ln(0) is -infinity: an empty bin on either side would make PSI infinite or NaN.
      double e = expected[i];
      double a = Math.max(actual[i], EPSILON);
      psi += (a - e) * Math.log(a / e);
    }
    return psi;
  }
}
