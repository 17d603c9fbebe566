package cascadekit.split;

import java.util.SplittableRandom;
import tech.tablesaw.api.Table;

/**
 * A stratified train/test split, seeded: each class of the label keeps its share on both sides.
 * The test side has {@code ceil(testFraction * n)} rows, shared among the classes by the largest
 * remainder (ties to the class that appears first in the table); each class's test rows are the
 * first of a permutation of its rows. Classes are taken in order of first appearance and drawn
 * from one {@code new SplittableRandom(seed)}.
 *
 * <p>scikit-learn's {@code StratifiedShuffleSplit} gives the same counts per class (it shares the
 * training rows by largest remainder, and the test side takes the rest) except where remainders
 * tie, which it breaks at random. It refuses a class of one row; the kit refuses any class that
 * would have no row on one side.
 *
 * <pre>{@code
 * TrainTest split = StratifiedSplit.of(loans, "defaulted", 0.2, 42);  // 15.4% defaults on each side
 * }</pre>
 */
public final class StratifiedSplit {
  private StratifiedSplit() {}

  /** Returns {@code table} split with each class of {@code label} in proportion on both sides. */
  public static TrainTest of(Table table, String label, double testFraction, long seed) {
    Blocks classes = Blocks.of(table, "label", label);
    int testSize = TestSize.of(testFraction, table.rowCount(), "rows");
    int[] testCounts = LargestRemainder.of(classes.sizes(), testSize);
    SplittableRandom random = new SplittableRandom(seed);
    boolean[] inTest = new boolean[table.rowCount()];
    ClassCheck.bothSides(label, classes, testCounts, "testFraction=" + testFraction);
    for (int c = 0; c < classes.count(); c++) {
      int[] rows = classes.rows(c);
      Rows.shuffle(rows, random);
      for (int i = 0; i < testCounts[c]; i++) {
        inTest[rows[i]] = true;
      }
    }
    return Rows.sides(table, inTest);
  }
}
