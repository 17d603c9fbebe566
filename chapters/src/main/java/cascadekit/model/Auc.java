package cascadekit.model;

import java.util.List;

/**
 * The area under the ROC curve: the probability that a randomly drawn positive row scores higher
 * than a randomly drawn negative one, a tie counting one half (the Mann-Whitney form). 0.5 is a coin,
 * 1 a perfect ranking. Unlike accuracy it does not depend on a cut-off, and a model that always says
 * "no default" on data with 15% defaults scores 0.5, not 0.85.
 *
 * <pre>{@code
 * Auc.of(List.of("1", "0", "1"), new double[] {0.9, 0.4, 0.4}, "1");   // => 0.75
 * }</pre>
 */
public final class Auc {
  private Auc() {}

  /** Returns the AUC of {@code scores} for the rows whose label is {@code positive}. */
  public static double of(List<String> labels, double[] scores, String positive) {
    if (labels.size() != scores.length) {
      throw new IllegalArgumentException(
          "need one score per label: " + labels.size() + " labels, " + scores.length + " scores");
    }
    double wins = 0;
    long pairs = 0;
    for (int i = 0; i < scores.length; i++) {
      if (!labels.get(i).equals(positive)) {
        continue;
      }
      for (int j = 0; j < scores.length; j++) {
        if (!labels.get(j).equals(positive)) {
          wins += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
          pairs++;
        }
      }
    }
    if (pairs == 0) {
      throw new IllegalArgumentException("AUC needs both positive ('" + positive + "') and other labels");
    }
    return wins / pairs;
  }
}
