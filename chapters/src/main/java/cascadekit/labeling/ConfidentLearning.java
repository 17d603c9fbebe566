package cascadekit.labeling;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Confident learning (Northcutt, Jiang and Chuang, JAIR 2021; cleanlab's {@code count.py}):
 * finds likely label errors from each example's given label and its out-of-sample predicted
 * probabilities.
 *
 * <p>Class j's threshold {@code t_j} is the mean predicted probability of j over the examples
 * <em>labelled</em> j: how sure the model usually is about a real j. An example counts as
 * confidently class j when {@code p_j >= t_j} (the most probable such j if several pass). The
 * confident joint {@code joint[given][true]} counts examples by given label and confident class;
 * its off-diagonal holds the candidates, ranked by self-confidence (the probability of the given
 * label), least confident first.
 *
 * <pre>{@code
 * ConfidentLearning cl = ConfidentLearning.of(givenLabels, outOfSampleProbabilities);
 * cl.issues().get(0);   // the index of the most likely label error
 * }</pre>
 *
 * @param given each example's given class index
 * @param probabilities each example's out-of-sample predicted probability per class
 * @param thresholds {@code t_j} per class (+infinity for a class no example is labelled with)
 * @param joint {@code joint[i][j]}: examples labelled i that are confidently j
 * @param confident each example's confident class, or -1 when no class passes its threshold
 */
public record ConfidentLearning(
    int[] given, double[][] probabilities, double[] thresholds, int[][] joint, int[] confident) {
  /** Returns the thresholds, confident joint and confident classes of {@code given} labels. */
  public static ConfidentLearning of(int[] given, double[][] probabilities) {
    if (given.length == 0 || given.length != probabilities.length) {
      throw new IllegalArgumentException(
          "need one probability row per given label: " + given.length + " labels, "
              + probabilities.length + " rows");
    }
    int classes = probabilities[0].length;
    double[] thresholds = new double[classes];
    int[] labelled = new int[classes];
    for (int i = 0; i < given.length; i++) {
      thresholds[given[i]] += probabilities[i][given[i]];
      labelled[given[i]]++;
    }
    for (int j = 0; j < classes; j++) {
      thresholds[j] = labelled[j] == 0 ? Double.POSITIVE_INFINITY : thresholds[j] / labelled[j];
    }
    int[][] joint = new int[classes][classes];
    int[] confident = new int[given.length];
    for (int i = 0; i < given.length; i++) {
      confident[i] = -1;
      for (int j = 0; j < classes; j++) {
        boolean passes = probabilities[i][j] >= thresholds[j];
        if (passes && (confident[i] < 0 || probabilities[i][j] > probabilities[i][confident[i]])) {
          confident[i] = j;
        }
      }
      if (confident[i] >= 0) {
        joint[given[i]][confident[i]]++;
      }
    }
    return new ConfidentLearning(given, probabilities, thresholds, joint, confident);
  }

  /** Returns the off-diagonal examples, least self-confident first (ties by index). */
  public List<Integer> issues() {
    return IntStream.range(0, given.length)
        .filter(i -> confident[i] >= 0 && confident[i] != given[i])
        .boxed()
        .sorted(Comparator.comparingDouble((Integer i) -> selfConfidence(i)).thenComparing(i -> i))
        .toList();
  }

  /** Returns the probability the model gives example {@code i}'s given label. */
  public double selfConfidence(int i) {
    return probabilities[i][given[i]];
  }

  /**
   * Returns the estimated number of label errors: each row of the joint rescaled to the count of
   * examples with that given label, then the off-diagonal summed (cleanlab's calibration).
   */
  public double estimatedErrors() {
    double errors = 0;
    for (int i = 0; i < joint.length; i++) {
      final int label = i;
      long withLabel = IntStream.of(given).filter(g -> g == label).count();
      int rowTotal = IntStream.of(joint[i]).sum();
      for (int j = 0; j < joint.length; j++) {
        if (j != i && rowTotal > 0) {
          errors += (double) joint[i][j] / rowTotal * withLabel;
        }
      }
    }
    return errors;
  }
}
