package cascadekit.split;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import tech.tablesaw.api.Table;

/** Turns row assignments into tables, and shuffles row numbers with a seeded generator. */
final class Rows {
  private Rows() {}

  /** Returns the train and test sides of {@code table}; {@code inTest} marks the test rows. */
  static TrainTest sides(Table table, boolean[] inTest) {
    boolean[] inTrain = new boolean[inTest.length];
    for (int r = 0; r < inTest.length; r++) {
      inTrain[r] = !inTest[r];
    }
    return sides(table, inTrain, inTest);
  }

  /** Returns the marked rows of {@code table} as train and test; a row marked in neither is left out. */
  static TrainTest sides(Table table, boolean[] inTrain, boolean[] inTest) {
    return new TrainTest(table.rows(marked(inTrain)), table.rows(marked(inTest)));
  }

  /** Returns the numbers of the rows marked, ascending. */
  static int[] marked(boolean[] rows) {
    return IntStream.range(0, rows.length).filter(r -> rows[r]).toArray();
  }

  /** Returns the {@code k} folds of {@code table}, row {@code r} being in fold {@code foldOf[r]}'s test. */
  static List<Fold> folds(Table table, int[] foldOf, int k) {
    List<Fold> folds = new ArrayList<>();
    for (int f = 0; f < k; f++) {
      int fold = f;
      int[] test = IntStream.range(0, foldOf.length).filter(r -> foldOf[r] == fold).toArray();
      int[] train = IntStream.range(0, foldOf.length).filter(r -> foldOf[r] != fold).toArray();
      folds.add(new Fold(f, table.rows(train), table.rows(test)));
    }
    return List.copyOf(folds);
  }

  /**
   * Returns each item's fold when the items, in {@code order}, are cut into {@code k} consecutive
   * runs as scikit-learn's KFold and numpy's array_split cut them: the first {@code n % k} runs
   * of {@code n / k + 1} items, the others of {@code n / k}.
   */
  static int[] runs(int[] order, int k) {
    int n = order.length;
    int[] foldOf = new int[n];
    int position = 0;
    for (int fold = 0; fold < k; fold++) {
      for (int i = 0; i < n / k + (fold < n % k ? 1 : 0); i++) {
        foldOf[order[position++]] = fold;
      }
    }
    return foldOf;
  }

  /** Returns 0 .. n-1 in an order drawn from {@code random} (Fisher-Yates). */
  static int[] permutation(int n, SplittableRandom random) {
    int[] order = IntStream.range(0, n).toArray();
    shuffle(order, random);
    return order;
  }

  /** Shuffles {@code values} in place with {@code random} (Fisher-Yates). */
  static void shuffle(int[] values, SplittableRandom random) {
    for (int i = values.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = values[i];
      values[i] = values[j];
      values[j] = swap;
    }
  }
}
