package cascadekit.monitoring;

/** Turns counts into shares, and measures the largest gap between two share vectors. */
public final class Shares {
  private Shares() {}

  /** Returns each count divided by their total (all zeros when the total is 0). */
  public static double[] of(long[] counts) {
    long total = 0;
    for (long c : counts) {
      total += c;
    }
    double[] shares = new double[counts.length];
    for (int i = 0; i < counts.length && total > 0; i++) {
      shares[i] = (double) counts[i] / total;
    }
    return shares;
  }

  /**
   * Returns the L-infinity distance: the largest absolute difference between two share vectors
   * over the same bins or categories. TFDV's {@code infinity_norm} skew comparator uses it.
   */
  public static double lInfinity(double[] p, double[] q) {
    if (p.length != q.length) {
      throw new IllegalArgumentException("need the same bins on both sides: " + p.length + " and " + q.length);
    }
    double max = 0;
    for (int i = 0; i < p.length; i++) {
      max = Math.max(max, Math.abs(p[i] - q[i]));
    }
    return max;
  }
}
