package cascadekit.ch08;

import java.util.Map;

/**
 * Exercise 08.jensen-shannon: Jensen-Shannon divergence and distance, in base 2.
 *
 * <p>A shop tracks which device its customers buy from. The Jensen-Shannon divergence compares
 * two distributions {@code p} and {@code q} through their midpoint {@code m = (p + q) / 2}:
 * {@code JSD = (KL(p || m) + KL(q || m)) / 2}, with {@code KL(p || m) = sum of p_i * log2(p_i / m_i)}
 * over the categories where {@code p_i > 0}. In base 2 it lies between 0 (identical) and 1
 * (disjoint). The Jensen-Shannon <em>distance</em> is its square root; Evidently's drift
 * threshold of 0.1 is on the distance (and in the natural log).
 *
 * <p>Task 1. Return the divergence in bits of two share vectors over the same categories.
 * <pre>{@code
 * divergence([0.5, 0.5], [1.0, 0.0])   // => 0.311278
 * divergence([1.0, 0.0], [0.0, 1.0])   // => 1.0
 * }</pre>
 *
 * <p>Task 2. Return the distance: the square root of the divergence.
 * <pre>{@code
 * distance([0.5, 0.5], [1.0, 0.0])   // => 0.557923
 * }</pre>
 *
 * <p>Task 3. Return the distance between two maps of counts: turn each side into shares over
 * every category either side has (0 where a side lacks it), then measure.
 * <pre>{@code
 * distance({phone=30, desktop=10}, {phone=1, desktop=1, tablet=2})   // => 0.586823
 * }</pre>
 */
public final class JensenShannon {
  private JensenShannon() {}

  /** Returns the Jensen-Shannon divergence of {@code p} and {@code q}, in bits. */
  public static double divergence(double[] p, double[] q) {
    // TODO: task 1: KL of each side against the midpoint, in bits.
    throw new UnsupportedOperationException(
        "08.jensen-shannon: JensenShannon.divergence is not written yet; do task 1, then ./kit check 08.jensen-shannon");
  }

  /** Returns the Jensen-Shannon distance of {@code p} and {@code q}: the square root of the divergence. */
  public static double distance(double[] p, double[] q) {
    // TODO: task 2: the square root of the divergence.
    throw new UnsupportedOperationException(
        "08.jensen-shannon: JensenShannon.distance is not written yet; do task 2, then ./kit check 08.jensen-shannon");
  }

  /** Returns the Jensen-Shannon distance between two maps of counts. */
  public static double distance(Map<String, Long> a, Map<String, Long> b) {
    // TODO: task 3: shares over the union of categories, then task 2.
    throw new UnsupportedOperationException(
        "08.jensen-shannon: JensenShannon.distance is not written yet; do task 3, then ./kit check 08.jensen-shannon");
  }
}
