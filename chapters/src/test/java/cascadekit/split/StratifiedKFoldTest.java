package cascadekit.split;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * StratifiedKFold against scikit-learn's rule worked out by hand: sorted labels dealt round-robin
 * to the folds give each fold's count per class; a class's rows, in order, fill fold 0 first.
 */
class StratifiedKFoldTest {
  @Test
  void should_reproduce_scikit_learns_documented_example() {
    // GIVEN y = [0, 0, 1, 1] (scikit-learn's docstring)
    // WHEN split into 2 folds
    List<Fold> folds = StratifiedKFold.of(2).split(SplitTables.labelled("0", "0", "1", "1"), "label");
    // THEN TEST [0 2] then [1 3]
    assertThat(SplitTables.numbers(folds.get(0).test())).as("fold 0").containsExactly(0, 2);
    assertThat(SplitTables.numbers(folds.get(1).test())).as("fold 1").containsExactly(1, 3);
  }

  @Test
  void should_deal_the_classes_round_robin_and_fill_folds_in_row_order() {
    // GIVEN 7 a and 3 b: sorted labels a a a a a a a b b b; dealt to 3 folds:
    // fold 0 gets positions 0 3 6 9 (a a a b), fold 1 1 4 7 (a a b), fold 2 2 5 8 (a a b)
    Table table = SplitTables.labelled("a", "b", "a", "a", "a", "b", "a", "a", "b", "a");
    // WHEN split into 3 folds
    List<Fold> folds = StratifiedKFold.of(3).split(table, "label");
    // THEN a's rows 0 2 3 | 4 6 | 7 9 and b's rows 1 | 5 | 8 go to folds 0 | 1 | 2
    assertThat(SplitTables.numbers(folds.get(0).test())).as("fold 0: 3 a + 1 b").containsExactly(0, 1, 2, 3);
    assertThat(SplitTables.numbers(folds.get(1).test())).as("fold 1: 2 a + 1 b").containsExactly(4, 5, 6);
    assertThat(SplitTables.numbers(folds.get(2).test())).as("fold 2: 2 a + 1 b").containsExactly(7, 8, 9);
  }

  @Test
  void should_keep_the_shares_when_shuffled_and_repeat_with_the_same_seed() {
    // GIVEN 12 a and 6 b in table order
    String[] labels = new String[18];
    for (int i = 0; i < 18; i++) {
      labels[i] = i % 3 == 2 ? "b" : "a";
    }
    Table table = SplitTables.labelled(labels);
    // WHEN shuffled into 3 folds, twice with the same seed
    List<Fold> folds = StratifiedKFold.of(3).shuffled(11).split(table, "label");
    List<Fold> again = StratifiedKFold.of(3).shuffled(11).split(table, "label");
    // THEN each fold tests 4 a and 2 b, and the seed repeats the folds
    assertThat(folds).allSatisfy(f -> assertThat(SplitTables.values(f.test(), "label"))
        .as("fold %d's labels", f.index()).filteredOn("b"::equals).hasSize(2));
    assertThat(folds).allSatisfy(f -> assertThat(f.test().rowCount()).as("fold %d", f.index()).isEqualTo(6));
    assertThat(SplitTables.ids(again.get(1).test())).as("same seed").isEqualTo(SplitTables.ids(folds.get(1).test()));
  }
}
