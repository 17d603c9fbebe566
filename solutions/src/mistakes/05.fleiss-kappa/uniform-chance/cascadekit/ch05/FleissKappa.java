// Mistake: takes chance agreement as 1/k, as if every category were equally likely.
package cascadekit.ch05;

/**
 * Exercise 05.fleiss-kappa: agreement of many raters, by Fleiss' kappa.
 *
 * <p>Cohen's kappa compares two raters. With a panel, count instead: {@code counts[i][j]} is
 * how many raters put item {@code i} in category {@code j}; every item has the same number of
 * raters {@code n}, and there are {@code N} items. Fleiss (1971) asks how often two raters
 * drawn from one item agree, against how often they would from the category shares alone.
 *
 * <p>Task 1. Return one item's agreement {@code P_i = (sum_j n_ij^2 - n) / (n (n - 1))}: the share
 * of rater pairs that agree on it. Refuse an item with fewer than 2 ratings
 * with an {@code IllegalArgumentException}.
 * <pre>{@code
 * itemAgreement(new int[] {0, 2, 6, 4, 2})   // => 0.2527   ((4 + 36 + 16 + 4 - 14) / (14 * 13))
 * }</pre>
 *
 * <p>Task 2. Return chance agreement {@code P_e = sum_j p_j^2}, where {@code p_j = sum_i n_ij / (N n)}
 * is category j's share of all ratings.
 * <pre>{@code
 * chanceAgreement(new int[][] {{3, 0}, {0, 3}, {2, 1}})   // => 41/81   (p = 5/9, 4/9)
 * }</pre>
 *
 * <p>Task 3. Return {@code kappa = (P-bar - P_e) / (1 - P_e)}, where P-bar is the mean of the
 * items' P_i. Refuse items with different numbers of ratings
 * with an {@code IllegalArgumentException}.
 * <pre>{@code
 * kappa(new int[][] {{3, 0}, {0, 3}, {2, 1}})   // => 0.55   (P-bar = (1 + 1 + 1/3) / 3 = 7/9)
 * }</pre>
 */
public final class FleissKappa {
  private FleissKappa() {}

  /** Returns the share of rater pairs that agree on one item. */
  public static double itemAgreement(int[] counts) {
    int raters = 0;
    double squares = 0;
    for (int n : counts) {
      raters += n;
      squares += (double) n * n;
    }
    if (raters < 2) {
      throw new IllegalArgumentException("an item needs at least 2 ratings to have a pair, got " + raters);
    }
    // sum n_ij^2 - n counts ordered pairs of distinct raters who agree; n (n - 1) counts all pairs.
    return (squares - raters) / ((double) raters * (raters - 1));
  }

  /** Returns the agreement expected from the category shares alone. */
  public static double chanceAgreement(int[][] counts) {
    int categories = counts[0].length;
    double[] totals = new double[categories];
    double all = 0;
    for (int[] item : counts) {
      for (int j = 0; j < categories; j++) {
        totals[j] += item[j];
        all += item[j];
      }
    }
    // The shares are of all N * n ratings pooled over the raters: Fleiss' kappa, unlike
    // Cohen's, does not follow any one rater's habits (raters need not be the same people).
    return 1.0 / categories;
  }

  /** Returns Fleiss' kappa of the panel. */
  public static double kappa(int[][] counts) {
    int raters = ratings(counts[0]);
    double sum = 0;
    for (int i = 0; i < counts.length; i++) {
      if (ratings(counts[i]) != raters) {
        throw new IllegalArgumentException(
            "item " + i + " has " + ratings(counts[i]) + " ratings, item 0 has " + raters);
      }
      sum += itemAgreement(counts[i]);
    }
    double observed = sum / counts.length;
    double chance = chanceAgreement(counts);
    return (observed - chance) / (1 - chance);
  }

  private static int ratings(int[] item) {
    int sum = 0;
    for (int n : item) {
      sum += n;
    }
    return sum;
  }
}
