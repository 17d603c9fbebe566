package cascadekit.split;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** StratifiedGroupKFold against scikit-learn's documented example, and its invariants. */
class StratifiedGroupKFoldTest {
  private static final String[] Y = "0 0 1 1 1 1 1 1 0 0 0 0 0 0 0 0 0".split(" ");
  private static final String[] GROUPS = "1 1 2 2 3 3 3 4 5 5 5 5 6 6 7 8 8".split(" ");

  @Test
  void should_reproduce_scikit_learns_documented_folds() {
    // GIVEN scikit-learn's docstring example: 17 rows, 8 groups, 3 folds
    Table table = SplitTables.grouped(Y, GROUPS);
    // WHEN split
    List<Fold> folds = StratifiedGroupKFold.of(3).split(table, "label", "group");
    // THEN the test groups are the docstring's: [3 3 3 6 6 7], [1 1 2 2 8 8], [4 5 5 5 5]
    assertThat(SplitTables.values(folds.get(0).test(), "group")).as("fold 0")
        .containsExactly("3", "3", "3", "6", "6", "7");
    assertThat(SplitTables.values(folds.get(1).test(), "group")).as("fold 1")
        .containsExactly("1", "1", "2", "2", "8", "8");
    assertThat(SplitTables.values(folds.get(2).test(), "group")).as("fold 2")
        .containsExactly("4", "5", "5", "5", "5");
  }

  @Test
  void should_reproduce_the_user_guides_folds() {
    // GIVEN the user guide's example: y = [1] * 6 + [0] * 12, 6 groups, 3 folds
    String[] labels = "1 1 1 1 1 1 0 0 0 0 0 0 0 0 0 0 0 0".split(" ");
    String[] groups = "1 2 3 3 4 4 1 1 2 2 3 4 5 5 5 6 6 6".split(" ");
    // WHEN split
    List<Fold> folds = StratifiedGroupKFold.of(3).split(SplitTables.grouped(labels, groups), "label", "group");
    // THEN the test rows are the guide's: [1 8 9 12 13 14], [2 3 10 15 16 17], [0 4 5 6 7 11]
    assertThat(SplitTables.numbers(folds.get(0).test())).as("fold 0").containsExactly(1, 8, 9, 12, 13, 14);
    assertThat(SplitTables.numbers(folds.get(1).test())).as("fold 1").containsExactly(2, 3, 10, 15, 16, 17);
    assertThat(SplitTables.numbers(folds.get(2).test())).as("fold 2").containsExactly(0, 4, 5, 6, 7, 11);
  }

  @Test
  void should_keep_groups_whole_when_shuffled_and_repeat_with_the_seed() {
    // GIVEN the same 17 rows
    Table table = SplitTables.grouped(Y, GROUPS);
    // WHEN shuffled with seed 9, twice
    List<Fold> folds = StratifiedGroupKFold.of(3).shuffled(9).split(table, "label", "group");
    List<Fold> again = StratifiedGroupKFold.of(3).shuffled(9).split(table, "label", "group");
    // THEN no group is on both sides of a fold, and the seed repeats the folds
    assertThat(folds).allSatisfy(f -> assertThat(SplitTables.values(f.train(), "group"))
        .as("fold %d's training groups", f.index())
        .doesNotContainAnyElementsOf(SplitTables.values(f.test(), "group")));
    assertThat(folds.stream().mapToInt(f -> f.test().rowCount()).sum()).as("rows tested").isEqualTo(17);
    assertThat(SplitTables.ids(again.get(2).test())).as("same seed").isEqualTo(SplitTables.ids(folds.get(2).test()));
  }
}
