package cascadekit.ch07;

import java.util.List;
import java.util.Map;

/**
 * Exercise 07.group-k-fold: scikit-learn's {@code GroupKFold} fold assignment.
 *
 * <p>A shop's orders, several per customer. Cross-validation that puts one customer's orders in
 * both training and test folds scores the model on customers it knows. {@code GroupKFold} (as in
 * scikit-learn 1.6, {@code shuffle=False}) keeps each customer in one fold and balances the folds'
 * rows greedily: the largest customers first, each to the fold with the fewest rows so far.
 *
 * <p>Task 1. Return the customers in the order they are placed: most rows first; equal counts
 * by id, descending (what {@code np.argsort(sizes)[::-1]} does over the sorted ids, for up to 16
 * customers, where NumPy's default sort is stable).
 * <pre>{@code
 * order([c, a, b, a, e, b, c, a, d, b])   // => [b, a, c, e, d]   (a 3, b 3, c 2, d 1, e 1)
 * }</pre>
 *
 * <p>Task 2. Return each customer's fold, by id: in that order, each goes to the fold with the
 * fewest rows so far, the lowest-numbered one on a tie ({@code np.argmin}). Refuse with an {@code
 * IllegalArgumentException} {@code k < 2}, naming the value as scikit-learn does ({@code
 * n_splits=1}), and, in scikit-learn's words, {@code "Cannot have number of splits n_splits=6
 * greater than the number of groups: 5"}.
 * <pre>{@code
 * foldOf(same, 2)   // => {a=1, b=0, c=0, d=1, e=1}   (rows per fold 5 and 5)
 * }</pre>
 *
 * <p>Task 3. Return each fold's test rows, ascending.
 * <pre>{@code
 * testRows(same, 2)   // => [[0, 2, 5, 6, 9], [1, 3, 4, 7, 8]]
 * }</pre>
 */
public final class GroupKFold {
  private GroupKFold() {}

  /** Returns the group ids in the order GroupKFold places them. */
  public static List<String> order(List<String> groups) {
    // TODO: task 1: count the rows of each group, then sort by size and id.
    throw new UnsupportedOperationException(
        "07.group-k-fold: GroupKFold.order is not written yet; do task 1, then ./kit check 07.group-k-fold");
  }

  /** Returns each group's fold, by group id. */
  public static Map<String, Integer> foldOf(List<String> groups, int k) {
    // TODO: task 2: keep each fold's rows so far; give each group the lightest fold.
    throw new UnsupportedOperationException(
        "07.group-k-fold: GroupKFold.foldOf is not written yet; do task 2, then ./kit check 07.group-k-fold");
  }

  /** Returns the test rows of each fold, ascending. */
  public static List<List<Integer>> testRows(List<String> groups, int k) {
    // TODO: task 3: one list per fold; walk the rows in order.
    throw new UnsupportedOperationException(
        "07.group-k-fold: GroupKFold.testRows is not written yet; do task 3, then ./kit check 07.group-k-fold");
  }
}
