package cascadekit.ch10;

import cascadekit.split.TrainTest;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * Exercise 10.honest-split: a split whose score holds on plots the model has never seen.
 *
 * <p>The model (the kit's 15-nearest-neighbours on z-scores; a text column is one-hot encoded, a
 * missing number becomes the training mean) predicts a visit's {@code label}. 1598 plots are
 * visited 1-4 times across two seasons, and {@code treatment_after_diagnosis} is chosen once the
 * disease is known. Use chapter 07's toolbox ({@code cascadekit.split}); the split is your call.
 *
 * <p>Task 1. Return the columns to train on: none that is known only after the diagnosis, no id.
 * <pre>{@code
 * features()   // => e.g. [rainfall_mm, seed_variety, ...]   (never treatment_after_diagnosis)
 * }</pre>
 *
 * <p>Task 2. Split {@code visits} (seeded) so that no plot is on both sides, with 15-40% of the
 * rows in test and at least 40% in train. You may add columns (say, per hectare) to both sides
 * and name them in {@code features()}.
 * <pre>{@code
 * split(visits, 42).test()   // => ~750 visits, none of whose plots is in train
 * }</pre>
 *
 * <p>Task 3. Graded: trained on your train side, the model's accuracy on your test side is at most
 * 2 points above its accuracy on plots held out from you, with the treatment still unknown (the
 * test's Javadoc defines it). The reference: +0.3 points; the leak column: +26.5.
 */
public final class HonestSplit {
  private HonestSplit() {}

  /** Returns the columns to train on. */
  public static List<String> features() {
    // TODO: task 1: choose the columns.
    throw new UnsupportedOperationException(
        "10.honest-split: HonestSplit.features is not written yet; do task 1, then ./kit check 10.honest-split");
  }

  /** Returns {@code visits} split with {@code seed}, no plot on both sides. */
  public static TrainTest split(Table visits, long seed) {
    // TODO: task 2: split by plot.
    throw new UnsupportedOperationException(
        "10.honest-split: HonestSplit.split is not written yet; do task 2, then ./kit check 10.honest-split");
  }
}
