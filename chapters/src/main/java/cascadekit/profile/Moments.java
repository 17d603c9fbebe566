package cascadekit.profile;

/**
 * Count, mean and sum of squared deviations of a stream of numbers, kept so that two partial
 * results merge exactly: Welford's update for one value, Chan et al.'s formula for two parts.
 *
 * <pre>{@code
 * Moments a = new Moments();  a.add(1); a.add(2);
 * Moments b = new Moments();  b.add(3);
 * Moments.merge(a, b).mean();  // 2.0, the mean of 1, 2, 3: weighted by count, not (1.5 + 3) / 2
 * }</pre>
 */
public final class Moments {
  private long count;
  private double mean;
  private double m2;

  /** Returns empty moments: no values yet. */
  public Moments() {}

  private Moments(long count, double mean, double m2) {
    this.count = count;
    this.mean = mean;
    this.m2 = m2;
  }

  /** Adds one value (Welford: no sum of squares, so no catastrophic cancellation). */
  public void add(double value) {
    count++;
    double delta = value - mean;
    mean += delta / count;
    m2 += delta * (value - mean);
  }

  /** Returns the moments of the values of {@code a} and {@code b} together (Chan et al., 1979). */
  public static Moments merge(Moments a, Moments b) {
    if (a.count == 0) {
      return new Moments(b.count, b.mean, b.m2);
    }
    if (b.count == 0) {
      return new Moments(a.count, a.mean, a.m2);
    }
    long n = a.count + b.count;
    double delta = b.mean - a.mean;
    // Each part's mean weighs by its count; the M2 term adds the spread between the two means.
    double mean = a.mean + delta * b.count / n;
    double m2 = a.m2 + b.m2 + delta * delta * ((double) a.count * b.count / n);
    return new Moments(n, mean, m2);
  }

  /** Returns how many values were added. */
  public long count() {
    return count;
  }

  /** Returns the mean, or NaN when there are no values. */
  public double mean() {
    return count == 0 ? Double.NaN : mean;
  }

  /** Returns the sample variance (divided by n - 1), or NaN below two values. */
  public double sampleVariance() {
    return count < 2 ? Double.NaN : m2 / (count - 1);
  }

  /** Returns the population variance (divided by n), or NaN when there are no values. */
  public double populationVariance() {
    return count == 0 ? Double.NaN : m2 / count;
  }

  /** Returns the sample standard deviation, the one a profile reports. */
  public double sampleStdDev() {
    return Math.sqrt(sampleVariance());
  }
}
