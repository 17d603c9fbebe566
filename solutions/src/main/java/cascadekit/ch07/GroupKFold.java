package cascadekit.ch07;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
    Map<String, Integer> sizes = sizes(groups);
    List<String> order = new ArrayList<>(sizes.keySet());
    // Ascending by size, then by id, and reversed, as np.argsort(sizes)[::-1] over sorted ids:
    // largest first, and on equal sizes the id that sorts last first.
    order.sort(Comparator.<String, Integer>comparing(sizes::get).thenComparing(Comparator.naturalOrder()));
    Collections.reverse(order);
    return order;
  }

  /** Returns each group's fold, by group id. */
  public static Map<String, Integer> foldOf(List<String> groups, int k) {
    if (k < 2) {
      throw new IllegalArgumentException("k-fold needs n_splits=2 or more, got n_splits=" + k);
    }
    Map<String, Integer> sizes = sizes(groups);
    List<String> order = order(groups);
    if (k > order.size()) {
      throw new IllegalArgumentException(
          "Cannot have number of splits n_splits=" + k + " greater than the number of groups: " + order.size());
    }
    long[] rows = new long[k];
    Map<String, Integer> folds = new TreeMap<>();
    for (String group : order) {
      // The first fold with the fewest rows: strict <, so a tie keeps the lower number.
      int lightest = 0;
      for (int f = 1; f < k; f++) {
        if (rows[f] < rows[lightest]) {
          lightest = f;
        }
      }
      rows[lightest] += sizes.get(group);
      folds.put(group, lightest);
    }
    return folds;
  }

  /** Returns the test rows of each fold, ascending. */
  public static List<List<Integer>> testRows(List<String> groups, int k) {
    Map<String, Integer> folds = foldOf(groups, k);
    List<List<Integer>> rows = new ArrayList<>();
    for (int f = 0; f < k; f++) {
      rows.add(new ArrayList<>());
    }
    for (int i = 0; i < groups.size(); i++) {
      rows.get(folds.get(groups.get(i))).add(i);
    }
    return rows;
  }

  /** Returns the rows of each group, by id. */
  private static Map<String, Integer> sizes(List<String> groups) {
    Map<String, Integer> sizes = new TreeMap<>();
    groups.forEach(group -> sizes.merge(group, 1, Integer::sum));
    return sizes;
  }
}
