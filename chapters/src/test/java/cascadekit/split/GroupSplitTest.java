package cascadekit.split;

import static org.assertj.core.api.Assertions.assertThat;

import cascadekit.data.Datasets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** The grouped split: whole groups on each side, ceil(testFraction * groups) groups in test. */
class GroupSplitTest {
  @Test
  void should_hold_out_the_rounded_up_share_of_groups_whole() {
    // GIVEN 12 rows in 5 groups of 4, 3, 2, 2 and 1 rows
    String[] groups = {"A", "B", "A", "C", "B", "D", "A", "C", "B", "D", "E", "A"};
    Table table = SplitTables.grouped(new String[groups.length], groups);
    // WHEN split with testFraction 0.3 => ceil(1.5) = 2 groups
    TrainTest split = GroupSplit.of(table, "group", 0.3, 42);
    // THEN test holds 2 whole groups, training the other 3, and every row is on one side
    Set<String> test = new HashSet<>(SplitTables.values(split.test(), "group"));
    Set<String> train = new HashSet<>(SplitTables.values(split.train(), "group"));
    assertThat(test).as("test groups").hasSize(2).doesNotContainAnyElementsOf(train);
    assertThat(train).as("training groups").hasSize(3);
    assertThat(split.train().rowCount() + split.test().rowCount()).as("rows on either side").isEqualTo(12);
  }

  @Test
  void should_keep_every_applicant_on_one_side_of_the_loan_applications() {
    // GIVEN the loan applications: 3,200 applicants, some with 2 or 3 applications
    Table loans = Datasets.loanApplications();
    // WHEN split by applicant, a fifth of them held out
    TrainTest split = GroupSplit.of(loans, "applicant_id", 0.2, 42);
    // THEN 640 applicants are in test, none of them in training, and no application is lost
    Set<String> test = new HashSet<>(split.test().stringColumn("applicant_id").asList());
    assertThat(test).as("applicants in test").hasSize(640)
        .doesNotContainAnyElementsOf(split.train().stringColumn("applicant_id").asList());
    assertThat(split.train().rowCount() + split.test().rowCount()).as("applications").isEqualTo(4001);
  }
}
