package cascadekit.monitoring;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * Pearson's chi-square test of homogeneity between a reference and a current sample of one
 * categorical column, given their counts over the same categories (the union of both sides).
 *
 * <p>Each category's expected count is its pooled share times the sample's size, on both
 * sides: {@code E = rowTotal * columnTotal / grandTotal}. That keeps a category never seen in
 * the reference finite: its expected current count is small but not zero, and its observed count
 * makes a large term. A goodness-of-fit test against reference shares alone would divide by
 * zero. The p-value is the chi-square distribution's upper tail with {@code categories - 1}
 * degrees of freedom (Commons Math).
 *
 * <pre>{@code
 * ChiSquare.statistic(new long[] {50, 50, 0}, new long[] {40, 40, 20})   // => 22.22
 * }</pre>
 */
public final class ChiSquare {
  private ChiSquare() {}

  /** Returns the chi-square statistic of the 2 x k table {@code reference} over {@code current}. */
  public static double statistic(long[] reference, long[] current) {
    if (reference.length != current.length || reference.length < 2) {
      throw new IllegalArgumentException(
          "need the same 2 or more categories on both sides: " + reference.length + " and " + current.length);
    }
    double referenceTotal = sum(reference);
    double currentTotal = sum(current);
    double grand = referenceTotal + currentTotal;
    double chi = 0;
    for (int i = 0; i < reference.length; i++) {
      double column = reference[i] + current[i];
      if (column == 0) {
        continue;
      }
      double expectedReference = referenceTotal * column / grand;
      double expectedCurrent = currentTotal * column / grand;
      chi += Math.pow(reference[i] - expectedReference, 2) / expectedReference;
      chi += Math.pow(current[i] - expectedCurrent, 2) / expectedCurrent;
    }
    return chi;
  }

  /** Returns the p-value of {@code statistic} with {@code categories - 1} degrees of freedom. */
  public static double pValue(double statistic, int categories) {
    return 1 - new ChiSquaredDistribution(categories - 1).cumulativeProbability(statistic);
  }

  private static long sum(long[] counts) {
    long total = 0;
    for (long c : counts) {
      total += c;
    }
    return total;
  }
}
