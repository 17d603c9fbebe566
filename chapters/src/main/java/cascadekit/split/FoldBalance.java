package cascadekit.split;

import java.util.Arrays;

/**
 * The class counts of k folds as {@link StratifiedGroupKFold} fills them, and its choice of fold
 * for the next group (scikit-learn's {@code _find_best_fold}).
 */
final class FoldBalance {
  private final long[][] counts;
  private final int[] classTotals;

  FoldBalance(int folds, int[] classTotals) {
    this.counts = new long[folds][classTotals.length];
    this.classTotals = classTotals.clone();
  }

  /** Adds a group with {@code groupCounts} rows per class to the best fold; returns that fold. */
  int add(int[] groupCounts) {
    int best = -1;
    double bestScore = Double.POSITIVE_INFINITY;
    long bestRows = Long.MAX_VALUE;
    for (int fold = 0; fold < counts.length; fold++) {
      long rows = Arrays.stream(counts[fold]).sum();
      double score = scoreWith(fold, groupCounts);
      if (score < bestScore || isClose(score, bestScore) && rows < bestRows) {
        best = fold;
        bestScore = score;
        bestRows = rows;
      }
    }
    for (int c = 0; c < groupCounts.length; c++) {
      counts[best][c] += groupCounts[c];
    }
    return best;
  }

  /** Fails when a fold was given no group. */
  void requireEveryFoldFilled(String group) {
    for (int fold = 0; fold < counts.length; fold++) {
      if (Arrays.stream(counts[fold]).sum() == 0) {
        throw new IllegalArgumentException("fold " + fold + " of nSplits=" + counts.length
            + " got no group of group column '" + group + "'; use fewer folds");
      }
    }
  }

  /**
   * Returns the population standard deviation of {@code values} computed as numpy's std does for
   * fewer than 8 values (plain sums in order), so that near ties fall as in scikit-learn.
   */
  static double deviation(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    double mean = sum / values.length;
    double squares = 0;
    for (double v : values) {
      squares += (v - mean) * (v - mean);
    }
    return Math.sqrt(squares / values.length);
  }

  /** Returns the population standard deviation of {@code values}. */
  static double deviation(int[] values) {
    return deviation(Arrays.stream(values).asDoubleStream().toArray());
  }

  private double scoreWith(int fold, int[] groupCounts) {
    double total = 0;
    for (int c = 0; c < classTotals.length; c++) {
      double[] shares = new double[counts.length];
      for (int f = 0; f < counts.length; f++) {
        shares[f] = (counts[f][c] + (f == fold ? groupCounts[c] : 0)) / (double) classTotals[c];
      }
      total += deviation(shares);
    }
    return total / classTotals.length;
  }

  private static boolean isClose(double a, double b) {
    return Math.abs(a - b) <= 1e-8 + 1e-5 * Math.abs(b);
  }
}
