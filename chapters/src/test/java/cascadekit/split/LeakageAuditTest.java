package cascadekit.split;

import static cascadekit.split.AuditTables.ROLES;
import static cascadekit.split.AuditTables.loan;
import static cascadekit.split.AuditTables.loans;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** The audit as a whole: its order of checks, its report, and the input it refuses. */
class LeakageAuditTest {
  private static final Table TRAIN = loans("train", loan("a1", "C1", 1, 10, "car", 0, 0));
  private static final Table TEST = loans("test", loan("b1", "C2", 2, 20, "home", 0, 0));

  @Test
  void should_report_every_check_once_and_nothing_broken_on_a_clean_split() {
    // GIVEN one training row and one later test row sharing nothing
    // WHEN audited
    LeakageReport report = LeakageAudit.of(ROLES).audit(TRAIN, TEST);
    // THEN each check appears, in order, and none broke its rule
    assertThat(report.findings()).extracting(f -> f.kind() + " " + f.subject()).as("checks").containsExactly(
        "exact_duplicates (rows)", "near_duplicates (rows)", "id_overlap id", "group_overlap applicant",
        "time_overlap applied_at", "feature_power income", "feature_power purpose", "feature_power flag",
        "identifier_power id", "identifier_power applicant", "identifier_power applied_at");
    assertThat(report.broken()).as("broken findings").isEmpty();
  }

  @Test
  void should_refuse_a_table_without_a_column_the_roles_name() {
    // GIVEN a test table without its group column
    Table test = TEST.copy().removeColumns("applicant");
    // WHEN audited THEN the error names the table and the column
    assertThatThrownBy(() -> LeakageAudit.of(ROLES).audit(TRAIN, test))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("test table 'test' has no column 'applicant'");
  }

  @Test
  void should_refuse_an_empty_side_and_roles_without_a_label_or_features() {
    // GIVEN an empty test table WHEN audited THEN refused, naming both counts
    assertThatThrownBy(() -> LeakageAudit.of(ROLES).audit(TRAIN, TEST.emptyCopy()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("both sides need rows: training has 1, test 0");
    assertThatThrownBy(() -> ColumnRoles.of(" ", List.of("income")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("label: a column name is needed, got  ");
    assertThatThrownBy(() -> ColumnRoles.of("y", List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("features: at least one column is needed, got []");
  }

  @Test
  void should_print_a_finding_with_its_mark_rule_and_first_rows() {
    // GIVEN a broken finding naming seven rows
    LeakageFinding finding = new LeakageFinding(
        "group_overlap", "applicant", 0.5, "share of test rows in training <= 0", true,
        List.of("b1", "b2", "b3", "b4", "b5", "b6", "b7"), "7 of 14 test rows (50.0%) share 3 applicant values");
    // WHEN printed THEN the evidence, then the rule and the first five rows
    assertThat(finding.toString()).as("lines").isEqualTo(
        "FAIL group_overlap applicant: 7 of 14 test rows (50.0%) share 3 applicant values" + System.lineSeparator()
            + "     rule: share of test rows in training <= 0" + System.lineSeparator()
            + "     rows: b1, b2, b3, b4, b5, ...");
  }
}
