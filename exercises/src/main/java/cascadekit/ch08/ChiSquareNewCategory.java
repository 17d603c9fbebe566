package cascadekit.ch08;

import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * Exercise 08.chi-square-new-category: chi-square on a category the reference never had.
 *
 * <p>A clinic's intake form gets a new option, {@code telehealth}, for how a patient arrived.
 * Last year's counts are the reference, this month's the current window. Put both in a 2 x k
 * table over every category either side has, and test whether the two rows share one
 * distribution (the test of homogeneity): each cell's expected count is
 * {@code rowTotal * columnTotal / grandTotal}, and the statistic sums
 * {@code (observed - expected)^2 / expected} over all 2 x k cells. A category the reference never
 * had still has a non-zero expected count, so the statistic stays finite.
 *
 * <p>Task 1. Return the table: the categories of both sides, sorted, and each side's counts in
 * that order, 0 where a side lacks the category.
 * <pre>{@code
 * table({walk-in=50, referral=50}, {walk-in=40, referral=40, telehealth=20})
 *     // => categories [referral, telehealth, walk-in], reference [50, 0, 50], current [40, 20, 40]
 * }</pre>
 *
 * <p>Task 2. Return the chi-square statistic of the table.
 * <pre>{@code
 * statistic(same maps)   // => 22.222   (expected 45, 10, 45 on both sides)
 * }</pre>
 *
 * <p>Task 3. Return the p-value: the upper tail of the chi-square distribution with
 * {@code categories - 1} degrees of freedom, {@code 1 - new ChiSquaredDistribution(df).cumulativeProbability(statistic)}.
 * <pre>{@code
 * pValue(same maps)   // => 1.5e-5   (df 2)
 * }</pre>
 */
public final class ChiSquareNewCategory {
  private ChiSquareNewCategory() {}

  /** Both sides' counts over the same sorted categories. */
  public record Table(List<String> categories, long[] reference, long[] current) {}

  /** Returns the 2 x k table of {@code reference} and {@code current} over every category of either. */
  public static Table table(Map<String, Long> reference, Map<String, Long> current) {
    // TODO: task 1: line both sides up over the union of their categories.
    throw new UnsupportedOperationException(
        "08.chi-square-new-category: ChiSquareNewCategory.table is not written yet; do task 1, then ./kit check 08.chi-square-new-category");
  }

  /** Returns the chi-square statistic of homogeneity of the two sides. */
  public static double statistic(Map<String, Long> reference, Map<String, Long> current) {
    // TODO: task 2: expected counts from the pooled columns, then sum the cells.
    throw new UnsupportedOperationException(
        "08.chi-square-new-category: ChiSquareNewCategory.statistic is not written yet; do task 2, then ./kit check 08.chi-square-new-category");
  }

  /** Returns the p-value of the statistic with {@code categories - 1} degrees of freedom. */
  public static double pValue(Map<String, Long> reference, Map<String, Long> current) {
    // TODO: task 3: the upper tail of the chi-square distribution.
    throw new UnsupportedOperationException(
        "08.chi-square-new-category: ChiSquareNewCategory.pValue is not written yet; do task 3, then ./kit check 08.chi-square-new-category");
  }
}
