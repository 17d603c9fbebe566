// Mistake: compares a prediction with its label by ==, so labels read at run time never match.
package cascadekit.ch05;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Exercise 05.class-weights: balanced class weights, balanced accuracy and stratified sample sizes.
 *
 * <p>In {@code review-labels} 70% of reviews are positive. A model that always says "positive"
 * scores 0.70 accuracy and never finds a complaint. Three tools counter that: weights that make
 * each class count as much in training, a score that gives each class an equal say, and samples
 * (for labelling or testing) that keep every class's share.
 *
 * <p>Task 1. Return the "balanced" weight of each class, {@code n / (k * n_j)}: n examples, k
 * classes, n_j examples of class j. Weighted this way, every class adds up to {@code n / k}.
 * <pre>{@code
 * balanced(List.of("pos", "pos", "pos", "pos", "pos", "pos", "neu", "neu", "neu", "neg"))
 *     // => {neg=3.333, neu=1.111, pos=0.556}   (10 / (3 * 1), 10 / (3 * 3), 10 / (3 * 6))
 * }</pre>
 *
 * <p>Task 2. Return the balanced accuracy: the mean over the classes of {@code actual} of each
 * class's recall (the share of its examples predicted right).
 * <pre>{@code
 * balancedAccuracy(8 x "pos" then 2 x "neg", 10 x "pos")   // => 0.5   (recall 1.0 and 0.0; accuracy is 0.8)
 * }</pre>
 *
 * <p>Task 3. Return how many examples of each class a stratified sample of {@code size} takes:
 * each class's quota {@code size * n_j / n}, rounded down, then the seats still free go one each
 * to the largest remainders (ties: the class that sorts first). The counts add up to {@code size}.
 * Refuse a size below 0 or above n with an {@code IllegalArgumentException}.
 * <pre>{@code
 * stratifiedCounts(5 x "pos", 3 x "neu", 2 x "neg", size 5)
 *     // => {neg=1, neu=2, pos=2}   (quotas 2.5, 1.5, 1.0: floors 2, 1, 1; the free seat to neu)
 * }</pre>
 */
public final class ClassWeights {
  private ClassWeights() {}

  /** Returns each class's weight {@code n / (k * n_j)}, by class name. */
  public static SortedMap<String, Double> balanced(List<String> labels) {
    SortedMap<String, Integer> counts = counts(labels);
    SortedMap<String, Double> weights = new TreeMap<>();
    // Not 1 / n_j: that also favours rare classes, but its scale depends on n, so the total
    // weight (and with it a learning rate's effect) changes with the data size.
    counts.forEach((label, n) -> weights.put(label, (double) labels.size() / (counts.size() * n)));
    return weights;
  }

  /** Returns the mean recall over the classes present in {@code actual}. */
  public static double balancedAccuracy(List<String> actual, List<String> predicted) {
    if (actual.isEmpty() || actual.size() != predicted.size()) {
      throw new IllegalArgumentException(
          "need one prediction per label: " + actual.size() + " labels, " + predicted.size() + " predictions");
    }
    SortedMap<String, Integer> right = new TreeMap<>();
    for (int i = 0; i < actual.size(); i++) {
      if (actual.get(i) == predicted.get(i)) {
        right.merge(actual.get(i), 1, Integer::sum);
      }
    }
    SortedMap<String, Integer> counts = counts(actual);
    double sum = 0;
    for (String label : counts.keySet()) {
      sum += (double) right.getOrDefault(label, 0) / counts.get(label);
    }
    return sum / counts.size();
  }

  /** Returns each class's share of a stratified sample of {@code size}, by largest remainder. */
  public static SortedMap<String, Integer> stratifiedCounts(List<String> labels, int size) {
    if (size < 0 || size > labels.size()) {
      throw new IllegalArgumentException("sample size " + size + " is outside 0.." + labels.size());
    }
    SortedMap<String, Integer> counts = counts(labels);
    SortedMap<String, Integer> taken = new TreeMap<>();
    List<String> byRemainder = new ArrayList<>(counts.keySet());
    int seats = size;
    for (String label : counts.keySet()) {
      // Integer arithmetic keeps the quotas exact: 2.5 is 25/10, never 2.4999999.
      int floor = (int) ((long) size * counts.get(label) / labels.size());
      taken.put(label, floor);
      seats -= floor;
    }
    // Math.round on each quota can overshoot (2.5, 1.5, 1.0 round to 6 of 5); largest remainder
    // cannot. The sort is stable, so equal remainders keep the classes' alphabetical order.
    byRemainder.sort(
        (a, b) -> Long.compare((long) size * counts.get(b) % labels.size(), (long) size * counts.get(a) % labels.size()));
    for (int s = 0; s < seats; s++) {
      taken.merge(byRemainder.get(s), 1, Integer::sum);
    }
    return taken;
  }

  private static SortedMap<String, Integer> counts(List<String> labels) {
    SortedMap<String, Integer> counts = new TreeMap<>();
    labels.forEach(label -> counts.merge(label, 1, Integer::sum));
    return counts;
  }
}
