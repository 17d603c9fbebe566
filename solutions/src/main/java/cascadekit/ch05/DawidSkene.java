package cascadekit.ch05;

/**
 * Exercise 05.dawid-skene: estimate true labels and annotator confusion matrices with EM.
 *
 * <p>{@code labels[i][a]} is the class annotator {@code a} gave item {@code i} (classes are
 * 0..K-1), or {@link #MISSING}. Dawid and Skene (1979) model each annotator by a confusion
 * matrix, {@code confusion[k][l]} = P(the annotator says l | the truth is k), and each item by a
 * posterior {@code T[i][k]} = P(item i is class k). EM alternates: the M step estimates the
 * matrices from the posteriors, the E step the posteriors from the matrices. A smoothing
 * pseudo-count keeps every cell above zero, so a (true, given) pair nobody has seen yet neither
 * divides 0 by 0 nor vetoes a class for good.
 *
 * <p>Task 1 (M step for one annotator). Return its confusion matrix: {@code confusion[k][l] =
 * (sum_i T[i][k] [labels[i][a] == l] + smoothing) / (sum_i T[i][k] [a labelled i] + K smoothing)}.
 * <pre>{@code
 * confusion(new int[][] {{0}, {1}, {1}}, new double[][] {{1, 0}, {0.5, 0.5}, {0, 1}}, 0, 0.5)
 *     // => {{0.6, 0.4}, {0.2, 0.8}}   (row 0: (1 + 0.5, 0.5 + 0.5) / 2.5)
 * }</pre>
 *
 * <p>Task 2 (E step for one item). Return {@code T[k]} proportional to {@code priors[k] * prod_a
 * confusions[a][k][itemLabels[a]]}, skipping missing labels, normalised to sum to 1. Work in
 * logs: a product of many small numbers underflows to 0.
 * <pre>{@code
 * posterior(new int[] {1, 1}, new double[] {0.7, 0.3},
 *     new double[][][] {{{0.9, 0.1}, {0.2, 0.8}}, {{0.6, 0.4}, {0.3, 0.7}}})
 *     // => {1/7, 6/7}   (0.7 * 0.1 * 0.4 = 0.028 against 0.3 * 0.8 * 0.7 = 0.168)
 * }</pre>
 *
 * <p>Task 3. Fit: start {@code T} from each item's majority-vote shares (uniform for an item
 * with no label), then run {@code rounds} rounds of: priors = the mean of {@code T} per class;
 * every annotator's confusion (task 1); every item's posterior (task 2).
 * <pre>{@code
 * fit(new int[][] {{0, 0}, {0, 1}}, 2, 1, 1.0).posteriors()   // => {{250/299, ...}, {125/174, ...}}
 * }</pre>
 */
public final class DawidSkene {
  /** The label of an item an annotator did not label. */
  public static final int MISSING = -1;

  private DawidSkene() {}

  /** The fitted model: class priors, one confusion matrix per annotator, one posterior per item. */
  public record Estimate(double[] priors, double[][][] confusions, double[][] posteriors) {}

  /** Returns annotator {@code a}'s confusion matrix given the posteriors {@code t}. */
  public static double[][] confusion(int[][] labels, double[][] t, int a, double smoothing) {
    int classes = t[0].length;
    double[][] confusion = new double[classes][classes];
    for (int k = 0; k < classes; k++) {
      double total = classes * smoothing;
      for (int l = 0; l < classes; l++) {
        confusion[k][l] = smoothing;
      }
      for (int i = 0; i < labels.length; i++) {
        if (labels[i][a] != MISSING) {
          // Soft counts: an item that is 70% class k counts 0.7 towards row k.
          confusion[k][labels[i][a]] += t[i][k];
          total += t[i][k];
        }
      }
      for (int l = 0; l < classes; l++) {
        confusion[k][l] /= total;
      }
    }
    return confusion;
  }

  /** Returns one item's posterior over the classes, from the priors and confusion matrices. */
  public static double[] posterior(int[] itemLabels, double[] priors, double[][][] confusions) {
    int classes = priors.length;
    double[] log = new double[classes];
    double max = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < classes; k++) {
      log[k] = Math.log(priors[k]);
      for (int a = 0; a < itemLabels.length; a++) {
        if (itemLabels[a] != MISSING) {
          log[k] += Math.log(confusions[a][k][itemLabels[a]]);
        }
      }
      max = Math.max(max, log[k]);
    }
    // Subtract the largest log before exp: the biggest term becomes exp(0) = 1, so the sum
    // cannot underflow to 0 and the division stays defined (the log-sum-exp trick).
    double total = 0;
    double[] t = new double[classes];
    for (int k = 0; k < classes; k++) {
      t[k] = Math.exp(log[k] - max);
      total += t[k];
    }
    for (int k = 0; k < classes; k++) {
      t[k] /= total;
    }
    return t;
  }

  /** Returns the model after {@code rounds} EM rounds from the majority-vote shares. */
  public static Estimate fit(int[][] labels, int classes, int rounds, double smoothing) {
    int annotators = labels[0].length;
    double[][] t = new double[labels.length][classes];
    for (int i = 0; i < labels.length; i++) {
      int votes = 0;
      for (int label : labels[i]) {
        if (label != MISSING) {
          t[i][label]++;
          votes++;
        }
      }
      for (int k = 0; k < classes; k++) {
        // Vote shares, not a hard majority label: a 2-1 item starts 2/3 sure, and a uniform
        // start would leave EM stuck where every class looks the same.
        t[i][k] = votes == 0 ? 1.0 / classes : t[i][k] / votes;
      }
    }
    double[] priors = new double[classes];
    double[][][] confusions = new double[annotators][][];
    for (int round = 0; round < rounds; round++) {
      priors = new double[classes];
      for (double[] item : t) {
        for (int k = 0; k < classes; k++) {
          priors[k] += item[k] / labels.length;
        }
      }
      for (int a = 0; a < annotators; a++) {
        confusions[a] = confusion(labels, t, a, smoothing);
      }
      for (int i = 0; i < labels.length; i++) {
        t[i] = posterior(labels[i], priors, confusions);
      }
    }
    return new Estimate(priors, confusions, t);
  }
}
