package cascadekit.labeling;

import cascadekit.data.Annotations;
import java.util.Arrays;

/**
 * Dawid and Skene's (1979) EM estimate of each item's true label, each class's prior and each
 * annotator's confusion matrix, from the annotators' labels alone.
 *
 * <p>It starts from the majority-vote shares as posteriors {@code T[i][k]}, then alternates. M
 * step: {@code prior[k] = mean_i T[i][k]} and {@code confusion[a][k][l]} proportional to {@code
 * sum_i T[i][k] [a labelled i as l] + smoothing}. E step: {@code T[i][k]} proportional to {@code
 * prior[k] * prod_a confusion[a][k][label of i by a]}, in logs. The smoothing keeps every
 * probability above zero, so one unseen (true, given) pair cannot veto a class or make a 0/0. It
 * stops when no posterior moves more than the tolerance.
 *
 * <pre>{@code
 * DawidSkene model = DawidSkene.fit(panel);
 * model.labels();                // one class index per item
 * model.confusions()[4];         // annotator 4's estimated confusion matrix
 * }</pre>
 *
 * @param priors the estimated share of each true class
 * @param confusions {@code confusions[a][k][l]}: the chance annotator a says l when the truth is k
 * @param posteriors {@code posteriors[i][k]}: the chance item i's true class is k
 * @param iterations the EM rounds run
 */
public record DawidSkene(
    double[] priors, double[][][] confusions, double[][] posteriors, int iterations) {
  /** The pseudo-count added to every confusion cell and prior by default. */
  public static final double SMOOTHING = 0.01;

  /** The most EM rounds by default, as in crowd-kit's {@code DawidSkene(n_iter=100)}. */
  public static final int MAX_ITERATIONS = 100;

  /** Returns the model fitted with the default smoothing, rounds and a tolerance of 1e-7. */
  public static DawidSkene fit(Annotations annotations) {
    return fit(annotations, SMOOTHING, MAX_ITERATIONS, 1e-7);
  }

  /** Returns the model fitted by EM from majority-vote posteriors. */
  public static DawidSkene fit(
      Annotations annotations, double smoothing, int maxIterations, double tolerance) {
    if (smoothing <= 0) {
      throw new IllegalArgumentException("smoothing must be > 0 to keep probabilities above 0");
    }
    double[][] posteriors = MajorityVote.shares(annotations);
    int classes = annotations.classes().size();
    double[] priors = new double[classes];
    double[][][] confusions = new double[annotations.annotators().size()][classes][classes];
    int round = 0;
    double moved = Double.POSITIVE_INFINITY;
    while (round < maxIterations && moved > tolerance) {
      round++;
      mStep(annotations.labels(), posteriors, smoothing, priors, confusions);
      moved = eStep(annotations.labels(), priors, confusions, posteriors);
    }
    return new DawidSkene(priors, confusions, posteriors, round);
  }

  /** Returns each item's most probable class; ties go to the first class. */
  public int[] labels() {
    int[] labels = new int[posteriors.length];
    for (int i = 0; i < posteriors.length; i++) {
      for (int k = 1; k < posteriors[i].length; k++) {
        if (posteriors[i][k] > posteriors[i][labels[i]]) {
          labels[i] = k;
        }
      }
    }
    return labels;
  }

  /** Returns annotator {@code a}'s expected accuracy: sum_k prior[k] * confusion[a][k][k]. */
  public double estimatedAccuracy(int a) {
    double accuracy = 0;
    for (int k = 0; k < priors.length; k++) {
      accuracy += priors[k] * confusions[a][k][k];
    }
    return accuracy;
  }

  private static void mStep(
      int[][] labels, double[][] t, double smoothing, double[] priors, double[][][] confusions) {
    int classes = priors.length;
    double[] mass = new double[classes];
    for (double[][] confusion : confusions) {
      for (double[] row : confusion) {
        Arrays.fill(row, smoothing);
      }
    }
    for (int i = 0; i < labels.length; i++) {
      for (int k = 0; k < classes; k++) {
        mass[k] += t[i][k];
        for (int a = 0; a < labels[i].length; a++) {
          if (labels[i][a] != Annotations.MISSING) {
            confusions[a][k][labels[i][a]] += t[i][k];
          }
        }
      }
    }
    for (int k = 0; k < classes; k++) {
      priors[k] = (mass[k] + smoothing) / (labels.length + classes * smoothing);
    }
    for (double[][] confusion : confusions) {
      for (double[] row : confusion) {
        double total = Arrays.stream(row).sum();
        for (int l = 0; l < classes; l++) {
          row[l] /= total;
        }
      }
    }
  }

  /** Updates {@code t} in place and returns the largest change of any posterior. */
  private static double eStep(int[][] labels, double[] priors, double[][][] confusions, double[][] t) {
    double moved = 0;
    double[] log = new double[priors.length];
    for (int i = 0; i < labels.length; i++) {
      double max = Double.NEGATIVE_INFINITY;
      for (int k = 0; k < priors.length; k++) {
        log[k] = Math.log(priors[k]);
        for (int a = 0; a < labels[i].length; a++) {
          if (labels[i][a] != Annotations.MISSING) {
            log[k] += Math.log(confusions[a][k][labels[i][a]]);
          }
        }
        max = Math.max(max, log[k]);
      }
      double total = 0;
      for (int k = 0; k < priors.length; k++) {
        total += Math.exp(log[k] - max);
      }
      for (int k = 0; k < priors.length; k++) {
        double updated = Math.exp(log[k] - max) / total;
        moved = Math.max(moved, Math.abs(updated - t[i][k]));
        t[i][k] = updated;
      }
    }
    return moved;
  }
}
