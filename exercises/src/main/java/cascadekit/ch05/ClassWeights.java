package cascadekit.ch05;

import java.util.List;
import java.util.SortedMap;

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
    // TODO: task 1: count each class, then n / (k * n_j).
    throw new UnsupportedOperationException(
        "05.class-weights: ClassWeights.balanced is not written yet; do task 1, then ./kit check 05.class-weights");
  }

  /** Returns the mean recall over the classes present in {@code actual}. */
  public static double balancedAccuracy(List<String> actual, List<String> predicted) {
    // TODO: task 2: per true class, the share predicted right; then their mean.
    throw new UnsupportedOperationException(
        "05.class-weights: ClassWeights.balancedAccuracy is not written yet; do task 2, then ./kit check 05.class-weights");
  }

  /** Returns each class's share of a stratified sample of {@code size}, by largest remainder. */
  public static SortedMap<String, Integer> stratifiedCounts(List<String> labels, int size) {
    // TODO: task 3: floors of the quotas, then one free seat each to the largest remainders.
    throw new UnsupportedOperationException(
        "05.class-weights: ClassWeights.stratifiedCounts is not written yet; do task 3, then ./kit check 05.class-weights");
  }
}
