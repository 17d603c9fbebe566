package cascadekit.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cascadekit.data.Datasets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** The grouped time split: the time split's test side, training purged of the groups in it. */
class GroupTimeSplitTest {
  @Test
  void should_drop_the_earlier_rows_of_a_group_that_is_tested() {
    // GIVEN 8 rows in time order; group A has rows 1 and 7, B rows 2 and 6
    String[] groups = {"C", "A", "B", "D", "E", "F", "B", "A"};
    Table table = SplitTables.grouped(new String[8], groups);
    // WHEN split with testFraction 0.25 (rows 6 and 7 in test) and gap 1 (row 5 dropped)
    TrainTest split = GroupTimeSplit.of(table, "t", "group", 0.25, 1);
    // THEN rows 1 (A) and 2 (B) are purged from training: it keeps 0, 3, 4
    assertThat(SplitTables.numbers(split.test())).as("test rows").containsExactly(6, 7);
    assertThat(SplitTables.numbers(split.train())).as("training rows").containsExactly(0, 3, 4);
  }

  @Test
  void should_keep_applicants_apart_and_train_before_the_test_window_in_the_loans() {
    // GIVEN the loan applications
    Table loans = Datasets.loanApplications();
    // WHEN split in time by applicant, a fifth held out after a gap of 30
    TrainTest split = GroupTimeSplit.of(loans, "applied_at", "applicant_id", 0.2, 30);
    // THEN the test side is the time split's 801 rows; no applicant in test trains; training ends first
    Set<String> tested = new HashSet<>(split.test().stringColumn("applicant_id").asList());
    assertThat(split.test().rowCount()).as("test rows").isEqualTo(801);
    assertThat(split.train().stringColumn("applicant_id").asList()).as("training applicants")
        .doesNotContainAnyElementsOf(tested);
    assertThat(split.train().rowCount()).as("training rows: 3,170 before the gap less 225 purged").isEqualTo(2945);
    assertThat(split.train().dateTimeColumn("applied_at").max()).as("last training time")
        .isBefore(split.test().dateTimeColumn("applied_at").min());
  }

  @Test
  void should_refuse_a_split_that_purges_every_training_row() {
    // GIVEN 4 rows of one group
    Table table = SplitTables.grouped(new String[4], new String[] {"g", "g", "g", "g"});
    // WHEN / THEN
    assertThatThrownBy(() -> GroupTimeSplit.of(table, "t", "group", 0.5, 0)).hasMessage(
        "every training row shares its group in column 'group' with a test row: none left to train on"
            + " (testFraction=0.5, gap=0)");
  }
}
