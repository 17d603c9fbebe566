package cascadekit.split;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** GroupKFold's greedy balance and its shuffled runs of groups, worked out by hand. */
class GroupKFoldTest {
  // groups A (4 rows), B (3), C (2), D (2), E (1), in order of first appearance
  private static final String[] GROUPS = {"A", "B", "A", "C", "B", "D", "A", "C", "B", "D", "E", "A"};

  private static Table table() {
    return SplitTables.grouped(new String[GROUPS.length], GROUPS);
  }

  @Test
  void should_reproduce_scikit_learns_documented_folds() {
    // GIVEN the docstring's groups [0 0 2 2 3 3]; 2 folds
    Table table = SplitTables.grouped(new String[6], new String[] {"0", "0", "2", "2", "3", "3"});
    // WHEN split
    List<Fold> folds = GroupKFold.of(2).split(table, "group");
    // THEN fold 0 tests rows [0 1 4 5] (groups 0 and 3), fold 1 rows [2 3] (group 2)
    assertThat(SplitTables.numbers(folds.get(0).test())).as("fold 0").containsExactly(0, 1, 4, 5);
    assertThat(SplitTables.numbers(folds.get(1).test())).as("fold 1").containsExactly(2, 3);
  }

  @Test
  void should_put_the_largest_group_in_the_lightest_fold() {
    // GIVEN groups of 4, 3, 2, 2 and 1 rows; 2 folds
    // WHEN split: A(4) -> fold 0 (4|0), B(3) -> 1 (4|3), C(2) -> 1 (4|5), D(2) -> 0 (6|5), E(1) -> 1 (6|6)
    List<Fold> folds = GroupKFold.of(2).split(table(), "group");
    // THEN fold 0 tests A and D, fold 1 tests B, C and E
    assertThat(new HashSet<>(SplitTables.values(folds.get(0).test(), "group"))).as("fold 0's groups")
        .containsExactlyInAnyOrder("A", "D");
    assertThat(new HashSet<>(SplitTables.values(folds.get(1).test(), "group"))).as("fold 1's groups")
        .containsExactlyInAnyOrder("B", "C", "E");
    assertThat(folds.get(1).test().rowCount()).as("fold 1's rows").isEqualTo(6);
  }

  @Test
  void should_cut_shuffled_groups_into_runs_by_number_of_groups() {
    // GIVEN 5 groups and 2 folds, shuffled
    // WHEN split with seed 5 twice
    List<Fold> folds = GroupKFold.of(2).shuffled(5).split(table(), "group");
    List<Fold> again = GroupKFold.of(2).shuffled(5).split(table(), "group");
    // THEN fold 0 tests 3 groups and fold 1 2 (numpy's array_split), no group in both, same seed same folds
    Set<String> first = new HashSet<>(SplitTables.values(folds.get(0).test(), "group"));
    Set<String> second = new HashSet<>(SplitTables.values(folds.get(1).test(), "group"));
    assertThat(first).as("fold 0's groups").hasSize(3).doesNotContainAnyElementsOf(second);
    assertThat(second).as("fold 1's groups").hasSize(2);
    assertThat(SplitTables.ids(again.get(0).test())).as("same seed").isEqualTo(SplitTables.ids(folds.get(0).test()));
  }

  @Test
  void should_never_train_on_a_group_it_tests() {
    // GIVEN the groups above; 3 folds
    // WHEN split
    List<Fold> folds = GroupKFold.of(3).split(table(), "group");
    // THEN no fold's test group is in its training rows
    assertThat(folds).allSatisfy(f -> assertThat(SplitTables.values(f.train(), "group"))
        .as("fold %d's training groups", f.index())
        .doesNotContainAnyElementsOf(SplitTables.values(f.test(), "group")));
  }
}
