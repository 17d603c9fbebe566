// Mistake: does not skip a zero share, so 0 * log(0) gives NaN.
package cascadekit.ch08;

import java.util.Map;
import java.util.TreeSet;

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
    if (p.length != q.length) {
      throw new IllegalArgumentException("need shares over the same categories");
    }
    double sum = 0;
    for (int i = 0; i < p.length; i++) {
      double m = (p[i] + q[i]) / 2;
      sum += kl(p[i], m) + kl(q[i], m);
    }
    return sum / 2;
  }

  /** Returns the Jensen-Shannon distance of {@code p} and {@code q}: the square root of the divergence. */
  public static double distance(double[] p, double[] q) {
    // Rounding can leave a divergence of -1e-17 for identical inputs; sqrt of that is NaN.
    return Math.sqrt(Math.max(0, divergence(p, q)));
  }

  /** Returns the Jensen-Shannon distance between two maps of counts. */
  public static double distance(Map<String, Long> a, Map<String, Long> b) {
    TreeSet<String> categories = new TreeSet<>(a.keySet());
    categories.addAll(b.keySet());
    return distance(shares(a, categories), shares(b, categories));
  }

  /** One side's term: 0 * log(0 / m) is taken as 0, its limit, rather than NaN. */
  private static double kl(double x, double m) {
    return x * Math.log(x / m) / Math.log(2);
  }

  private static double[] shares(Map<String, Long> counts, TreeSet<String> categories) {
    double total = counts.values().stream().mapToLong(Long::longValue).sum();
    return categories.stream().mapToDouble(c -> counts.getOrDefault(c, 0L) / total).toArray();
  }
}
