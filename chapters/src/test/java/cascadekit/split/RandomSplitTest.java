package cascadekit.split;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tech.tablesaw.api.Table;

/** The random split: scikit-learn's ceil(testFraction * n) test rows, every row on one side, seeded. */
class RandomSplitTest {
  @ParameterizedTest(name = "n={0}, testFraction={1}: {2} test rows")
  @CsvSource({"10, 0.25, 3", "10, 0.2, 2", "4001, 0.2, 801", "23, 0.1, 3", "100, 0.07, 8", "2, 0.5, 1"})
  void should_hold_out_the_rounded_up_fraction(int n, double testFraction, int expected) {
    // GIVEN n rows (0.07 * 100 is 7.000000000000001 in doubles, so scikit-learn also holds out 8)
    // WHEN split
    TrainTest split = RandomSplit.of(SplitTables.rows(n), testFraction, 42);
    // THEN the test side has ceil(testFraction * n) rows and training the rest
    assertThat(split.test().rowCount()).as("test rows").isEqualTo(expected);
    assertThat(split.train().rowCount()).as("training rows").isEqualTo(n - expected);
  }

  @Test
  void should_put_every_row_on_exactly_one_side_in_table_order() {
    // GIVEN 50 rows
    Table table = SplitTables.rows(50);
    // WHEN split
    TrainTest split = RandomSplit.of(table, 0.3, 1);
    // THEN train + test are all rows, disjoint, each side in table order
    List<Integer> all = new ArrayList<>(SplitTables.numbers(split.train()));
    all.addAll(SplitTables.numbers(split.test()));
    assertThat(all).as("rows on either side").hasSize(50).doesNotHaveDuplicates();
    assertThat(SplitTables.numbers(split.train())).as("training rows in table order").isSorted();
    assertThat(SplitTables.numbers(split.test())).as("test rows in table order").isSorted();
    assertThat(split.train().columnNames()).as("columns kept").isEqualTo(table.columnNames());
  }

  @Test
  void should_give_the_same_rows_for_the_same_seed_only() {
    // GIVEN 40 rows
    Table table = SplitTables.rows(40);
    // WHEN split twice with seed 42 and once with seed 43
    List<String> first = SplitTables.ids(RandomSplit.of(table, 0.25, 42).test());
    List<String> again = SplitTables.ids(RandomSplit.of(table, 0.25, 42).test());
    List<String> other = SplitTables.ids(RandomSplit.of(table, 0.25, 43).test());
    // THEN the same seed holds out the same rows, another seed others
    assertThat(again).as("same seed").isEqualTo(first);
    assertThat(other).as("another seed").isNotEqualTo(first);
    assertThat(first).as("not simply the last rows").isNotEqualTo(SplitTables.ids(table.dropRange(30)));
  }
}
