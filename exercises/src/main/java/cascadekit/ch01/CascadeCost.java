package cascadekit.ch01;

import java.util.List;

/**
 * Exercise 01.cascade-cost: measure what a defect cost, row by row.
 *
 * <p>Chapter 01 trains one model twice, on clean data and on data with one upstream defect, and
 * scores both on the same held-out rows. The drop in accuracy is the cascade cost. The net
 * number hides churn: a defect can break some predictions and, by luck, fix others. All three
 * lists are in the same row order: {@code actual.get(i)} is the true label of row {@code i}.
 *
 * <p>Task 1. Return the cost in percentage points: (clean accuracy - defective accuracy) x 100.
 * Refuse lists of different lengths, or empty ones, with an {@code IllegalArgumentException}.
 * <pre>{@code
 * costInPoints(List.of("A", "A", "G", "G"),    // actual
 *              List.of("A", "A", "G", "A"),    // clean model: 3 of 4 right
 *              List.of("A", "G", "A", "A"))    // defective model: 1 of 4 right   => 50.0
 * }</pre>
 *
 * <p>Task 2. Return the rows the defect broke: right under the clean model, wrong under the
 * defective one, as 0-based row numbers in ascending order. Refuse lists of different lengths, or
 * empty ones, as in task 1, with an {@code IllegalArgumentException}.
 * <pre>{@code
 * broken(same three lists)   // => [1, 2]   (row 3 was already wrong before the defect)
 * }</pre>
 *
 * <p>Task 3. Return the rows the defect fixed by luck: wrong under the clean model, right under
 * the defective one, ascending.
 * <pre>{@code
 * fixed(List.of("A", "G"), List.of("A", "A"), List.of("G", "G"))   // => [1]
 * }</pre>
 */
public final class CascadeCost {
  private CascadeCost() {}

  /** Returns the accuracy the defect cost, in percentage points (negative if it helped). */
  public static double costInPoints(List<String> actual, List<String> clean, List<String> defective) {
    // TODO: task 1: score both prediction lists against actual and subtract.
    throw new UnsupportedOperationException(
        "01.cascade-cost: CascadeCost.costInPoints is not written yet; do task 1, then ./kit check 01.cascade-cost");
  }

  /** Returns the rows right before the defect and wrong after it, ascending. */
  public static List<Integer> broken(List<String> actual, List<String> clean, List<String> defective) {
    // TODO: task 2: compare each row's two predictions with its true label.
    throw new UnsupportedOperationException(
        "01.cascade-cost: CascadeCost.broken is not written yet; do task 2, then ./kit check 01.cascade-cost");
  }

  /** Returns the rows wrong before the defect and right after it, ascending. */
  public static List<Integer> fixed(List<String> actual, List<String> clean, List<String> defective) {
    // TODO: task 3: the mirror image of broken.
    throw new UnsupportedOperationException(
        "01.cascade-cost: CascadeCost.fixed is not written yet; do task 3, then ./kit check 01.cascade-cost");
  }
}
