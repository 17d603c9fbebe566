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
    // TODO: task 1: n is the sum of the counts; then (sum of squares - n) / (n (n - 1)).
    throw new UnsupportedOperationException(
        "05.fleiss-kappa: FleissKappa.itemAgreement is not written yet; do task 1, then ./kit check 05.fleiss-kappa");
  }

  /** Returns the agreement expected from the category shares alone. */
  public static double chanceAgreement(int[][] counts) {
    // TODO: task 2: each category's share of all ratings, squared and summed.
    throw new UnsupportedOperationException(
        "05.fleiss-kappa: FleissKappa.chanceAgreement is not written yet; do task 2, then ./kit check 05.fleiss-kappa");
  }

  /** Returns Fleiss' kappa of the panel. */
  public static double kappa(int[][] counts) {
    // TODO: task 3: the mean item agreement, corrected for chance.
    throw new UnsupportedOperationException(
        "05.fleiss-kappa: FleissKappa.kappa is not written yet; do task 3, then ./kit check 05.fleiss-kappa");
  }
}
