package cascadekit.labeling;

import cascadekit.data.Annotations;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Majority vote: each item gets the label most of its annotators gave. Missing labels are
 * abstentions and do not count. A tie goes to the tied class that comes first in the class
 * order ({@link Annotations#classes()}), so the result never depends on iteration order; an item
 * nobody labelled gets {@link Annotations#MISSING}.
 *
 * <pre>{@code
 * MajorityVote.labels(panel);   // e.g. [0, 2, 1, ...]: one class index per item
 * }</pre>
 */
public final class MajorityVote {
  private MajorityVote() {}

  /** Returns one class index per item: the most frequent label, ties to the first class. */
  public static int[] labels(Annotations annotations) {
    int[][] counts = annotations.counts();
    int[] labels = new int[counts.length];
    for (int i = 0; i < counts.length; i++) {
      labels[i] = Annotations.MISSING;
      int best = 0;
      for (int k = 0; k < counts[i].length; k++) {
        // Strictly greater: on a tie the earlier class keeps the item.
        if (counts[i][k] > best) {
          best = counts[i][k];
          labels[i] = k;
        }
      }
    }
    return labels;
  }

  /** Returns each item's vote shares per class (uniform for an item nobody labelled). */
  public static double[][] shares(Annotations annotations) {
    int[][] counts = annotations.counts();
    double[][] shares = new double[counts.length][];
    for (int i = 0; i < counts.length; i++) {
      int votes = Arrays.stream(counts[i]).sum();
      shares[i] = new double[counts[i].length];
      for (int k = 0; k < counts[i].length; k++) {
        shares[i][k] = votes == 0 ? 1.0 / counts[i].length : (double) counts[i][k] / votes;
      }
    }
    return shares;
  }

  /** Returns the indexes of the items whose most-voted classes tied, ascending. */
  public static List<Integer> ties(Annotations annotations) {
    int[][] counts = annotations.counts();
    List<Integer> ties = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      int max = Arrays.stream(counts[i]).max().orElse(0);
      if (max > 0 && Arrays.stream(counts[i]).filter(n -> n == max).count() > 1) {
        ties.add(i);
      }
    }
    return ties;
  }
}
