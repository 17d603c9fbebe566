package cascadekit.split;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * Sizes worked out by hand from scikit-learn's documented TimeSeriesSplit: test size n // (k + 1)
 * unless given, test windows the last k * testSize rows, train everything before minus gap,
 * capped at maxTrainSize.
 */
class TimeSeriesSplitTest {
  @ParameterizedTest(name = "n={0}, k={1}, gap={2}, maxTrain={3}, testSize={4}: train {5}, test {6}")
  @CsvSource(delimiter = ';', value = {
    "10; 3; 0; 0; 0; 4 6 8; 2 2 2",
    "10; 3; 1; 0; 0; 3 5 7; 2 2 2",
    "10; 3; 0; 5; 0; 4 5 5; 2 2 2",
    "12; 3; 2; 0; 2; 4 6 8; 2 2 2",
    "6; 5; 0; 0; 0; 1 2 3 4 5; 1 1 1 1 1",
    "11; 2; 0; 0; 0; 5 8; 3 3",
    "20; 4; 3; 6; 3; 5 6 6 6; 3 3 3 3"
  })
  void should_match_scikit_learn_sizes(int n, int k, int gap, int maxTrain, int testSize, String train, String test) {
    // GIVEN n rows in time order and scikit-learn's settings
    TimeSeriesSplit split = TimeSeriesSplit.of(k).gap(gap);
    split = maxTrain > 0 ? split.maxTrainSize(maxTrain) : split;
    split = testSize > 0 ? split.testSize(testSize) : split;
    // WHEN the table is split
    List<Fold> folds = split.split(SplitTables.rows(n), "t");
    // THEN the sizes are scikit-learn's
    assertThat(folds.stream().map(f -> String.valueOf(f.train().rowCount())).toList())
        .as("training sizes").isEqualTo(List.of(train.split(" ")));
    assertThat(folds.stream().map(f -> String.valueOf(f.test().rowCount())).toList())
        .as("test sizes").isEqualTo(List.of(test.split(" ")));
  }

  @Test
  void should_train_on_the_rows_before_the_gap_and_test_the_next_window() {
    // GIVEN 12 rows, as in scikit-learn's example with n_splits=3, test_size=2, gap=2
    // WHEN they are split
    List<Fold> folds = TimeSeriesSplit.of(3).testSize(2).gap(2).split(SplitTables.rows(12), "t");
    // THEN the folds are the example's: train [0..3] test [6 7], train [0..5] test [8 9], ...
    assertThat(SplitTables.numbers(folds.get(0).train())).as("fold 0 train").containsExactly(0, 1, 2, 3);
    assertThat(SplitTables.numbers(folds.get(0).test())).as("fold 0 test").containsExactly(6, 7);
    assertThat(SplitTables.numbers(folds.get(2).train())).as("fold 2 train")
        .containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
    assertThat(SplitTables.numbers(folds.get(2).test())).as("fold 2 test").containsExactly(10, 11);
  }

  @Test
  void should_sort_by_the_time_column_and_keep_the_table_order_on_each_side() {
    // GIVEN 6 rows whose times run backwards: row 0 is the latest
    Table table = SplitTables.rows(6).replaceColumn("t", IntColumn.create("t", IntStream.range(0, 6).map(i -> 5 - i).toArray()));
    // WHEN split with maxTrainSize 2
    List<Fold> folds = TimeSeriesSplit.of(2).maxTrainSize(2).split(table, "t");
    // THEN the earliest rows train and the latest test, each side in table order
    assertThat(SplitTables.numbers(folds.get(1).test())).as("last window: the two latest rows").containsExactly(0, 1);
    assertThat(SplitTables.numbers(folds.get(1).train())).as("the two most recent before it").containsExactly(2, 3);
    assertThat(SplitTables.numbers(folds.get(0).train())).as("first fold trains on the two earliest")
        .containsExactly(4, 5);
  }
}
