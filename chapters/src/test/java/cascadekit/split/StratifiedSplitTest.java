package cascadekit.split;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** The stratified split: test counts per class by the largest remainder, worked out by hand. */
class StratifiedSplitTest {
  @Test
  void should_share_the_test_rows_by_largest_remainder() {
    // GIVEN 5 a, 3 b, 2 c; testFraction 0.3 => 3 test rows; quotas 1.5, 0.9, 0.6
    Table table = SplitTables.labelled("a", "b", "a", "c", "a", "b", "a", "c", "b", "a");
    // WHEN split
    TrainTest split = StratifiedSplit.of(table, "label", 0.3, 42);
    // THEN floors 1, 0, 0 and the 2 rows left go to the largest remainders, b (.9) and c (.6)
    assertThat(SplitTables.values(split.test(), "label")).as("test labels").hasSize(3)
        .containsExactlyInAnyOrder("a", "b", "c");
    assertThat(SplitTables.values(split.train(), "label")).as("training labels")
        .filteredOn("a"::equals).hasSize(4);
  }

  @Test
  void should_give_a_tied_remainder_to_the_class_that_appears_first() {
    // GIVEN 3 b (first in the table), 3 a and 4 c; testFraction 0.5 => 5 test rows; quotas 1.5, 1.5, 2
    Table table = SplitTables.labelled("b", "a", "c", "b", "a", "c", "b", "a", "c", "c");
    // WHEN split
    TrainTest split = StratifiedSplit.of(table, "label", 0.5, 7);
    // THEN the one row left after the floors goes to b, which appears first: b 2, a 1, c 2
    List<String> test = SplitTables.values(split.test(), "label");
    assertThat(test).as("b in test").filteredOn("b"::equals).hasSize(2);
    assertThat(test).as("a in test").filteredOn("a"::equals).hasSize(1);
    assertThat(test).as("c in test").filteredOn("c"::equals).hasSize(2);
  }

  @Test
  void should_keep_the_share_of_defaults_in_the_loan_applications() {
    // GIVEN the 4,001 loan applications, 617 defaulted
    Table loans = cascadekit.data.Datasets.loanApplications();
    // WHEN split 80/20 by the label
    TrainTest split = StratifiedSplit.of(loans, "defaulted", 0.2, 42);
    // THEN 801 test rows; defaults' quota 801 * 617 / 4001 = 123.52 and the others' 677.48: 124 and 677
    assertThat(split.test().rowCount()).as("test rows").isEqualTo(801);
    assertThat(split.test().intColumn("defaulted").sum()).as("defaults in test").isEqualTo(124);
    assertThat(split.train().intColumn("defaulted").sum()).as("defaults in training").isEqualTo(617 - 124);
  }
}
