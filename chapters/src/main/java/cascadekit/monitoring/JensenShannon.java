package cascadekit.monitoring;

/**
 * The Jensen-Shannon divergence and distance between two distributions over the same
 * categories, in base 2: the divergence is 0 for identical distributions and 1 for disjoint
 * ones, and the distance is its square root (a true metric, also between 0 and 1).
 *
 * <p>Evidently and scipy report the <em>distance</em> with the natural log, whose maximum is
 * {@code sqrt(ln 2) = 0.833}; name the base whenever you quote a threshold.
 *
 * <pre>{@code
 * JensenShannon.distance(new double[] {1, 0}, new double[] {0, 1})   // => 1.0
 * }</pre>
 */
public final class JensenShannon {
  private JensenShannon() {}

  /** Returns the divergence in bits: the mean of KL(p||m) and KL(q||m), m the midpoint. */
  public static double divergence(double[] p, double[] q) {
    if (p.length != q.length) {
      throw new IllegalArgumentException("need the same categories on both sides: " + p.length + " and " + q.length);
    }
    double sum = 0;
    for (int i = 0; i < p.length; i++) {
      double m = (p[i] + q[i]) / 2;
      sum += term(p[i], m) + term(q[i], m);
    }
    return Math.max(0, sum / 2);
  }

  /** Returns the distance: the square root of the base-2 divergence. */
  public static double distance(double[] p, double[] q) {
    return Math.sqrt(divergence(p, q));
  }

  /** A category absent from one side adds nothing on that side: 0 * log(0) is taken as 0. */
  private static double term(double x, double m) {
    return x == 0 ? 0 : x * Math.log(x / m) / Math.log(2);
  }
}
