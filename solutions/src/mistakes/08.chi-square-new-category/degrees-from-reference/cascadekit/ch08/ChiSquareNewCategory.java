// Mistake: takes the degrees of freedom from the reference's categories, missing the new one.
package cascadekit.ch08;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
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
    // The union, not the reference's categories alone: dropping the new category hides it.
    List<String> categories = List.copyOf(unionOf(reference, current));
    long[] r = new long[categories.size()];
    long[] c = new long[categories.size()];
    for (int i = 0; i < categories.size(); i++) {
      r[i] = reference.getOrDefault(categories.get(i), 0L);
      c[i] = current.getOrDefault(categories.get(i), 0L);
    }
    return new Table(categories, r, c);
  }

  /** Returns the chi-square statistic of homogeneity of the two sides. */
  public static double statistic(Map<String, Long> reference, Map<String, Long> current) {
    Table table = table(reference, current);
    double referenceTotal = sum(table.reference());
    double currentTotal = sum(table.current());
    double grand = referenceTotal + currentTotal;
    double chi = 0;
    for (int i = 0; i < table.categories().size(); i++) {
      // Expected counts come from the pooled column, so a brand-new category expects a little on
      // the reference side and the division never meets a zero.
      double column = table.reference()[i] + table.current()[i];
      double expectedReference = referenceTotal * column / grand;
      double expectedCurrent = currentTotal * column / grand;
      chi += Math.pow(table.reference()[i] - expectedReference, 2) / expectedReference;
      chi += Math.pow(table.current()[i] - expectedCurrent, 2) / expectedCurrent;
    }
    return chi;
  }

  /** Returns the p-value of the statistic with {@code categories - 1} degrees of freedom. */
  public static double pValue(Map<String, Long> reference, Map<String, Long> current) {
    int categories = reference.size();
    return 1 - new ChiSquaredDistribution(categories - 1).cumulativeProbability(statistic(reference, current));
  }

  private static TreeSet<String> unionOf(Map<String, Long> a, Map<String, Long> b) {
    TreeSet<String> union = new TreeSet<>(a.keySet());
    union.addAll(b.keySet());
    return union;
  }

  private static long sum(long[] counts) {
    long total = 0;
    for (long c : counts) {
      total += c;
    }
    return total;
  }
}
