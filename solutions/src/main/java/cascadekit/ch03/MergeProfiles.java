package cascadekit.ch03;

/**
 * Exercise 03.merge-profiles: profile batches apart, merge them, get the profile of the whole.
 *
 * <p>A profile that can be computed per batch (per day, per file, per machine) and merged is
 * how a profile keeps up with data that never fits in one place; Deequ keeps a mergeable state
 * per metric, whylogs merges whole profiles. The state of a number column is a {@link Summary}:
 * the count n, the mean, and M2, the sum of squared deviations from the mean. Merging two
 * (Chan et al., 1979): with d = mean_b - mean_a and n = n_a + n_b, the mean is
 * mean_a + d * n_b / n and M2 is M2_a + M2_b + d * d * n_a * n_b / n. Averaging the two means
 * is right only when the batches are equally big or their means are equal; adding the two M2s
 * alone is right only when the means are equal. Batches of days or files are rarely either.
 *
 * <p>Task 1. Return the summary of an array: count, mean and M2 (all 0 for an empty array).
 * <pre>{@code
 * summarize(new double[] {1, 2, 3})   // => Summary[count=3, mean=2.0, m2=2.0]
 * }</pre>
 *
 * <p>Task 2. Merge two summaries into the summary of both batches together.
 * <pre>{@code
 * merge(summarize(new double[] {1, 2, 3}), summarize(new double[] {10}))   // => Summary[count=4, mean=4.0, m2=50.0]
 * }</pre>
 *
 * <p>Task 3. Return the standard deviation, sample (M2 / (n - 1), what a profile reports of a
 * sample) or population (M2 / n). Refuse a summary with too few values, fewer than 2 for the
 * sample and none for the population, with an {@code IllegalArgumentException}.
 * <pre>{@code
 * sampleStdDev(summarize(new double[] {2, 4, 4, 4, 5, 5, 7, 9}))       // => sqrt(32 / 7) = 2.138...
 * populationStdDev(summarize(new double[] {2, 4, 4, 4, 5, 5, 7, 9}))   // => sqrt(32 / 8) = 2.0
 * }</pre>
 */
public final class MergeProfiles {
  private MergeProfiles() {}

  /** Returns the count, mean and sum of squared deviations of {@code values}. */
  public static Summary summarize(double[] values) {
    if (values.length == 0) {
      return new Summary(0, 0, 0);
    }
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    double mean = sum / values.length;
    // Two passes: deviations from the mean, not sum(x^2) - n * mean^2, which cancels badly
    // when the values are large and close together.
    double m2 = 0;
    for (double v : values) {
      m2 += (v - mean) * (v - mean);
    }
    return new Summary(values.length, mean, m2);
  }

  /** Returns the summary of the batches of {@code a} and {@code b} together. */
  public static Summary merge(Summary a, Summary b) {
    if (a.count() == 0) {
      return b; // an empty batch adds nothing, and n_a * n_b / n below would be 0 / n anyway
    }
    if (b.count() == 0) {
      return a;
    }
    long n = a.count() + b.count();
    double d = b.mean() - a.mean();
    // Weighted by count: (mean_a + mean_b) / 2 is right only for equal counts (or equal means).
    double mean = a.mean() + d * b.count() / n;
    // The d * d term is the spread between the batches; without it two tight batches far apart
    // would look as tight together as each one is alone. Cast before multiplying: two long
    // counts multiply fine, but the division must not be integer division.
    double m2 = a.m2() + b.m2() + d * d * ((double) a.count() * b.count() / n);
    return new Summary(n, mean, m2);
  }

  /** Returns the sample standard deviation, sqrt(M2 / (n - 1)). */
  public static double sampleStdDev(Summary summary) {
    if (summary.count() < 2) {
      throw new IllegalArgumentException("a sample standard deviation needs 2 values, got " + summary.count());
    }
    // n - 1 (Bessel's correction): the deviations are taken from the sample's own mean, which
    // sits closer to the values than the true mean does, so dividing by n underestimates.
    return Math.sqrt(summary.m2() / (summary.count() - 1));
  }

  /** Returns the population standard deviation, sqrt(M2 / n). */
  public static double populationStdDev(Summary summary) {
    if (summary.count() < 1) {
      throw new IllegalArgumentException("a standard deviation needs a value");
    }
    return Math.sqrt(summary.m2() / summary.count());
  }

  /**
   * The mergeable state of a number column.
   *
   * @param count how many values
   * @param mean their mean
   * @param m2 the sum of their squared deviations from the mean
   */
  public record Summary(long count, double mean, double m2) {}
}
