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
    // TODO: task 1: the mean first, then the sum of squared deviations from it.
    throw new UnsupportedOperationException(
        "03.merge-profiles: MergeProfiles.summarize is not written yet; do task 1, then ./kit check 03.merge-profiles");
  }

  /** Returns the summary of the batches of {@code a} and {@code b} together. */
  public static Summary merge(Summary a, Summary b) {
    // TODO: task 2: Chan's formulas; mind an empty batch.
    throw new UnsupportedOperationException(
        "03.merge-profiles: MergeProfiles.merge is not written yet; do task 2, then ./kit check 03.merge-profiles");
  }

  /** Returns the sample standard deviation, sqrt(M2 / (n - 1)). */
  public static double sampleStdDev(Summary summary) {
    // TODO: task 3: refuse fewer than 2 values, then divide by n - 1.
    throw new UnsupportedOperationException(
        "03.merge-profiles: MergeProfiles.sampleStdDev is not written yet; do task 3, then ./kit check 03.merge-profiles");
  }

  /** Returns the population standard deviation, sqrt(M2 / n). */
  public static double populationStdDev(Summary summary) {
    // TODO: task 3: refuse an empty summary, then divide by n.
    throw new UnsupportedOperationException(
        "03.merge-profiles: MergeProfiles.populationStdDev is not written yet; do task 3, then ./kit check 03.merge-profiles");
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
