package cascadekit.labeling;

/**
 * Spots a spammer from a confusion matrix. A spammer's label does not depend on the true label,
 * so every row of its confusion matrix is the same distribution (Raykar and Yu, JMLR 2012, build
 * their spammer score on the same observation). The score here is the mean total-variation
 * distance between pairs of rows: 0 when the rows are equal (labels carry no information), 1 when
 * each true class gets its own label. An annotator who swaps two classes scores high: swapped
 * labels still carry information, and Dawid-Skene can undo the swap.
 *
 * <pre>{@code
 * Spammers.score(new double[][] {{0.5, 0.5}, {0.5, 0.5}});   // => 0.0
 * Spammers.score(new double[][] {{0, 1}, {1, 0}});           // => 1.0 (a swap, not a spammer)
 * }</pre>
 */
public final class Spammers {
  /** The score below which an annotator is flagged. */
  public static final double THRESHOLD = 0.2;

  private Spammers() {}

  /** Returns the mean total-variation distance between the rows of {@code confusion}. */
  public static double score(double[][] confusion) {
    if (confusion.length < 2) {
      throw new IllegalArgumentException("need at least 2 classes, got " + confusion.length);
    }
    double sum = 0;
    int pairs = 0;
    for (int k = 0; k < confusion.length; k++) {
      for (int m = k + 1; m < confusion.length; m++) {
        double distance = 0;
        for (int l = 0; l < confusion[k].length; l++) {
          distance += Math.abs(confusion[k][l] - confusion[m][l]);
        }
        sum += distance / 2;
        pairs++;
      }
    }
    return sum / pairs;
  }

  /** Returns whether {@code confusion} scores below {@link #THRESHOLD}. */
  public static boolean isSpammer(double[][] confusion) {
    return score(confusion) < THRESHOLD;
  }
}
