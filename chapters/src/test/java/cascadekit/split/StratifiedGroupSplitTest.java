package cascadekit.split;

import static org.assertj.core.api.Assertions.assertThat;

import cascadekit.data.Datasets;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** The stratified grouped split: whole groups, each class near its share, by rows. */
class StratifiedGroupSplitTest {
  @Test
  void should_fill_each_class_target_with_whole_groups() {
    // GIVEN groups G1 (a a a a), G2 (b b), then single rows a a a a b b b; 13 rows, 8 a and 5 b
    String[] labels = {"a", "a", "a", "a", "b", "b", "a", "a", "a", "a", "b", "b", "b"};
    String[] groups = {"G1", "G1", "G1", "G1", "G2", "G2", "s1", "s2", "s3", "s4", "s5", "s6", "s7"};
    Table table = SplitTables.grouped(labels, groups);
    // WHEN split with testFraction 0.3 => ceil(3.9) = 4 test rows; targets a 2.46 -> 2, b 1.54 -> 2
    TrainTest split = StratifiedGroupSplit.of(table, "label", "group", 0.3, 3);
    // THEN G1 (4 a) would miss a's target by as much as leaving it out: it trains; G2 meets b's
    // target exactly; then two single a rows join it, a third would overshoot
    List<String> test = SplitTables.values(split.test(), "label");
    assertThat(SplitTables.values(split.test(), "group")).as("test groups").contains("G2", "G2")
        .doesNotContain("G1");
    assertThat(test).as("a in test").filteredOn("a"::equals).hasSize(2);
    assertThat(test).as("b in test").filteredOn("b"::equals).hasSize(2);
  }

  @Test
  void should_keep_applicants_whole_and_defaults_near_their_share_in_the_loans() {
    // GIVEN the loan applications (617 of 4,001 defaulted; targets 124 and 677 of 801 test rows)
    Table loans = Datasets.loanApplications();
    // WHEN split by applicant, stratified by default
    TrainTest split = StratifiedGroupSplit.of(loans, "defaulted", "applicant_id", 0.2, 42);
    // THEN no applicant is on both sides, and the test side hits both targets
    assertThat(new HashSet<>(split.test().stringColumn("applicant_id").asList())).as("applicants in test")
        .doesNotContainAnyElementsOf(split.train().stringColumn("applicant_id").asList());
    assertThat(split.test().intColumn("defaulted").sum()).as("defaults in test").isEqualTo(124);
    assertThat(split.test().rowCount()).as("test rows").isEqualTo(801);
  }
}
