package cascadekit.split;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tech.tablesaw.api.Table;

/** KFold's sizes by scikit-learn's rule: the first n % k folds n // k + 1 rows, the others n // k. */
class KFoldTest {
  @ParameterizedTest(name = "n={0}, k={1}: test sizes {2}")
  @CsvSource(delimiter = ';', value = {"10; 3; 4 3 3", "10; 5; 2 2 2 2 2", "7; 2; 4 3", "11; 4; 3 3 3 2", "3; 3; 1 1 1"})
  void should_cut_folds_of_scikit_learn_sizes(int n, int k, String sizes) {
    // GIVEN n rows
    // WHEN they are cut into k folds, unshuffled and shuffled
    List<Fold> plain = KFold.of(k).split(SplitTables.rows(n));
    List<Fold> shuffled = KFold.of(k).shuffled(7).split(SplitTables.rows(n));
    // THEN both have scikit-learn's test sizes, and train on the rest
    assertThat(plain.stream().map(f -> String.valueOf(f.test().rowCount())).toList()).as("test sizes")
        .isEqualTo(List.of(sizes.split(" ")));
    assertThat(shuffled.stream().map(f -> String.valueOf(f.test().rowCount())).toList())
        .as("shuffled test sizes").isEqualTo(List.of(sizes.split(" ")));
    assertThat(plain).allSatisfy(f -> assertThat(f.train().rowCount() + f.test().rowCount())
        .as("fold %d: train + test", f.index()).isEqualTo(n));
  }

  @Test
  void should_take_consecutive_rows_when_not_shuffled() {
    // GIVEN 10 rows
    // WHEN cut into 3 folds
    List<Fold> folds = KFold.of(3).split(SplitTables.rows(10));
    // THEN fold 0 tests rows 0-3, fold 1 rows 4-6, fold 2 rows 7-9; fold 1 trains on the others in order
    assertThat(SplitTables.numbers(folds.get(0).test())).as("fold 0").containsExactly(0, 1, 2, 3);
    assertThat(SplitTables.numbers(folds.get(1).test())).as("fold 1").containsExactly(4, 5, 6);
    assertThat(SplitTables.numbers(folds.get(1).train())).as("fold 1 train").containsExactly(0, 1, 2, 3, 7, 8, 9);
  }

  @Test
  void should_test_every_row_exactly_once_and_repeat_with_the_same_seed() {
    // GIVEN 23 rows
    Table table = SplitTables.rows(23);
    // WHEN shuffled into 4 folds twice with seed 3, once with seed 4
    List<Fold> first = KFold.of(4).shuffled(3).split(table);
    List<Fold> again = KFold.of(4).shuffled(3).split(table);
    List<Fold> other = KFold.of(4).shuffled(4).split(table);
    // THEN every row is tested once, each side in table order; the same seed gives the same folds
    List<Integer> tested = new ArrayList<>();
    first.forEach(f -> tested.addAll(SplitTables.numbers(f.test())));
    assertThat(tested).as("rows tested across the folds").hasSize(23).doesNotHaveDuplicates();
    assertThat(first).allSatisfy(f -> assertThat(SplitTables.numbers(f.test())).as("fold %d in table order", f.index())
        .isSorted());
    assertThat(SplitTables.ids(again.get(0).test())).as("same seed").isEqualTo(SplitTables.ids(first.get(0).test()));
    assertThat(SplitTables.ids(other.get(0).test())).as("another seed").isNotEqualTo(SplitTables.ids(first.get(0).test()));
    assertThat(SplitTables.numbers(first.get(0).test())).as("shuffled, not the first rows")
        .isNotEqualTo(List.of(0, 1, 2, 3, 4, 5));
  }
}
