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
    // TODO: task 1: soft counts per (true k, given l), plus smoothing, each row normalised.
    throw new UnsupportedOperationException(
        "05.dawid-skene: DawidSkene.confusion is not written yet; do task 1, then ./kit check 05.dawid-skene");
  }

  /** Returns one item's posterior over the classes, from the priors and confusion matrices. */
  public static double[] posterior(int[] itemLabels, double[] priors, double[][][] confusions) {
    // TODO: task 2: sum logs per class, subtract the largest, exponentiate, normalise.
    throw new UnsupportedOperationException(
        "05.dawid-skene: DawidSkene.posterior is not written yet; do task 2, then ./kit check 05.dawid-skene");
  }

  /** Returns the model after {@code rounds} EM rounds from the majority-vote shares. */
  public static Estimate fit(int[][] labels, int classes, int rounds, double smoothing) {
    // TODO: task 3: majority-vote shares, then rounds of priors, M step, E step.
    throw new UnsupportedOperationException(
        "05.dawid-skene: DawidSkene.fit is not written yet; do task 3, then ./kit check 05.dawid-skene");
  }
}
