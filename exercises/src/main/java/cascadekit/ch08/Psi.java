package cascadekit.ch08;

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
    // TODO: task 1: sort a copy of the reference and pick the cut points.
    throw new UnsupportedOperationException(
        "08.psi: Psi.edges is not written yet; do task 1, then ./kit check 08.psi");
  }

  /** Returns the share of {@code values} in each of the {@code edges.size() + 1} bins. */
  public static double[] shares(List<Double> values, List<Double> edges) {
    // TODO: task 2: put each value in the bin of the edges at or below it.
    throw new UnsupportedOperationException(
        "08.psi: Psi.shares is not written yet; do task 2, then ./kit check 08.psi");
  }

  /** Returns the PSI of {@code current} against {@code reference} over {@code bins} reference bins. */
  public static double psi(List<Double> reference, List<Double> current, int bins) {
    // TODO: task 3: edges from the reference, shares of both sides, then the sum.
    throw new UnsupportedOperationException(
        "08.psi: Psi.psi is not written yet; do task 3, then ./kit check 08.psi");
  }
}
