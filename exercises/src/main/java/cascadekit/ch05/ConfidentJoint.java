package cascadekit.ch05;

import java.util.List;

/**
 * Exercise 05.confident-joint: per-class thresholds, the confident joint, and ranked label issues.
 *
 * <p>Confident learning (Northcutt, Jiang and Chuang, JAIR 2021) looks for label errors with a
 * model's out-of-sample predicted probabilities: {@code given[i]} is example i's label (0..K-1)
 * and {@code p[i][j]} the probability a model that never trained on i gives class j. A model is
 * more sure of some classes than of others, so each class gets its own threshold: how sure the
 * model is, on average, about the examples that carry that label.
 *
 * <p>Task 1. Return {@code t[j]} = the mean of {@code p[i][j]} over the examples <em>labelled</em>
 * j (not over all examples, nor over those predicted j). Refuse a class no example is labelled
 * with (an {@code IllegalArgumentException}): its threshold is undefined.
 * <pre>{@code
 * thresholds(new int[] {0, 0, 0, 1, 1},
 *     new double[][] {{0.9, 0.1}, {0.7, 0.3}, {0.2, 0.8}, {0.3, 0.7}, {0.1, 0.9}})
 *     // => {0.6, 0.8}   ((0.9 + 0.7 + 0.2) / 3 and (0.7 + 0.9) / 2)
 * }</pre>
 *
 * <p>Task 2. Return the confident joint {@code C[given][confident]}: example i is confidently
 * class j when {@code p[i][j] >= t[j]}; when several classes pass, the one with the highest
 * {@code p[i][j]} (the lower index on a tie); when none passes, i is not counted.
 * <pre>{@code
 * joint(same given and p)   // => {{2, 1}, {0, 1}}   (example 2 is confidently 1; example 3 passes nothing)
 * }</pre>
 *
 * <p>Task 3. Return the likely label errors, the off-diagonal examples of the joint, ranked by
 * self-confidence {@code p[i][given[i]]}, lowest first (ties: lower index first).
 * <pre>{@code
 * issues(new int[] {0, 0, 0, 1}, new double[][] {{0.9, 0.1}, {0.1, 0.9}, {0.02, 0.98}, {0.2, 0.8}})
 *     // => [2, 1]   (both confidently 1 though labelled 0; example 2 is the least self-confident)
 * }</pre>
 */
public final class ConfidentJoint {
  private ConfidentJoint() {}

  /** Returns each class's threshold: the mean probability of j over the examples labelled j. */
  public static double[] thresholds(int[] given, double[][] p) {
    // TODO: task 1: sum p[i][given[i]] and count per given class, then divide.
    throw new UnsupportedOperationException(
        "05.confident-joint: ConfidentJoint.thresholds is not written yet; do task 1, then ./kit check 05.confident-joint");
  }

  /** Returns {@code C[given][confident]}, counting only examples that pass some threshold. */
  public static int[][] joint(int[] given, double[][] p) {
    // TODO: task 2: find each example's confident class, then count it in its given row.
    throw new UnsupportedOperationException(
        "05.confident-joint: ConfidentJoint.joint is not written yet; do task 2, then ./kit check 05.confident-joint");
  }

  /** Returns the off-diagonal examples, least self-confident first. */
  public static List<Integer> issues(int[] given, double[][] p) {
    // TODO: task 3: keep the examples whose confident class differs from the given one, then sort.
    throw new UnsupportedOperationException(
        "05.confident-joint: ConfidentJoint.issues is not written yet; do task 3, then ./kit check 05.confident-joint");
  }
}
