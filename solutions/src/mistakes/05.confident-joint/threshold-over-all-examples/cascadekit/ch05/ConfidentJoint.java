// Mistake: averages p[i][j] over all examples for the threshold of j, not over those labelled j.
package cascadekit.ch05;

import java.util.ArrayList;
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
    int classes = p[0].length;
    double[] sums = new double[classes];
    int[] labelled = new int[classes];
    for (int i = 0; i < given.length; i++) {
      // Only examples labelled j vote for t[j]: the threshold says how sure the model is about
      // a typical member of j, so it adapts to classes the model finds hard.
      for (int j = 0; j < classes; j++) {
        sums[j] += p[i][j];
        labelled[j]++;
      }
    }
    double[] thresholds = new double[classes];
    for (int j = 0; j < classes; j++) {
      if (labelled[j] == 0) {
        throw new IllegalArgumentException("no example is labelled " + j + ": its threshold is undefined");
      }
      thresholds[j] = sums[j] / labelled[j];
    }
    return thresholds;
  }

  /** Returns {@code C[given][confident]}, counting only examples that pass some threshold. */
  public static int[][] joint(int[] given, double[][] p) {
    int[][] joint = new int[p[0].length][p[0].length];
    int[] confident = confidentClasses(given, p);
    for (int i = 0; i < given.length; i++) {
      if (confident[i] >= 0) {
        joint[given[i]][confident[i]]++;
      }
    }
    return joint;
  }

  /** Returns the off-diagonal examples, least self-confident first. */
  public static List<Integer> issues(int[] given, double[][] p) {
    int[] confident = confidentClasses(given, p);
    List<Integer> issues = new ArrayList<>();
    for (int i = 0; i < given.length; i++) {
      if (confident[i] >= 0 && confident[i] != given[i]) {
        issues.add(i);
      }
    }
    // A stable sort keeps index order among equal self-confidences.
    issues.sort((x, y) -> Double.compare(p[x][given[x]], p[y][given[y]]));
    return issues;
  }

  /** Returns each example's confident class, or -1 when it passes no threshold. */
  private static int[] confidentClasses(int[] given, double[][] p) {
    double[] t = thresholds(given, p);
    int[] confident = new int[given.length];
    for (int i = 0; i < given.length; i++) {
      confident[i] = -1;
      for (int j = 0; j < t.length; j++) {
        boolean passes = p[i][j] >= t[j];
        if (passes && (confident[i] < 0 || p[i][j] > p[i][confident[i]])) {
          confident[i] = j;
        }
      }
    }
    return confident;
  }
}
