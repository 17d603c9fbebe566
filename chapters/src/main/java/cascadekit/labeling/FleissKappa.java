package cascadekit.labeling;

/**
 * Fleiss' kappa: chance-corrected agreement of n raters per item, over N items and k categories.
 *
 * <p>From {@code n_ij}, the raters who put item i in category j: each item's agreement {@code
 * P_i = (sum_j n_ij^2 - n) / (n(n - 1))}, their mean {@code P-bar}; each category's share of all
 * ratings {@code p_j = sum_i n_ij / (N n)}, and chance {@code P_e = sum_j p_j^2}; then {@code
 * kappa = (P-bar - P_e) / (1 - P_e)}.
 *
 * <pre>{@code
 * FleissKappa.of(new int[][] {{2, 0}, {0, 2}}).kappa();   // => 1.0
 * }</pre>
 *
 * @param observed P-bar, the mean agreement over items
 * @param chance P_e, the agreement expected from the category shares alone
 * @param kappa (P-bar - P_e) / (1 - P_e)
 */
public record FleissKappa(double observed, double chance, double kappa) {
  /** Returns Fleiss' kappa of {@code counts[i][j]}; every item needs the same number of raters. */
  public static FleissKappa of(int[][] counts) {
    if (counts.length == 0) {
      throw new IllegalArgumentException("no items");
    }
    int raters = ratersOf(counts[0]);
    if (raters < 2) {
      throw new IllegalArgumentException("need at least 2 raters per item, got " + raters);
    }
    int categories = counts[0].length;
    double[] categoryTotals = new double[categories];
    double sumP = 0;
    for (int i = 0; i < counts.length; i++) {
      if (counts[i].length != categories || ratersOf(counts[i]) != raters) {
        throw new IllegalArgumentException(
            "item " + i + " has " + ratersOf(counts[i]) + " ratings in " + counts[i].length
                + " categories; every item needs " + raters + " in " + categories);
      }
      double squares = 0;
      for (int j = 0; j < categories; j++) {
        squares += (double) counts[i][j] * counts[i][j];
        categoryTotals[j] += counts[i][j];
      }
      sumP += (squares - raters) / ((double) raters * (raters - 1));
    }
    double observed = sumP / counts.length;
    double chance = 0;
    for (double total : categoryTotals) {
      double share = total / ((double) counts.length * raters);
      chance += share * share;
    }
    if (chance >= 1) {
      throw new IllegalArgumentException("kappa is undefined: every rating is in one category");
    }
    return new FleissKappa(observed, chance, (observed - chance) / (1 - chance));
  }

  private static int ratersOf(int[] row) {
    int sum = 0;
    for (int n : row) {
      sum += n;
    }
    return sum;
  }
}
