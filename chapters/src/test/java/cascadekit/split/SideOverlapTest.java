package cascadekit.split;

import static cascadekit.split.AuditTables.ROLES;
import static cascadekit.split.AuditTables.loan;
import static cascadekit.split.AuditTables.loans;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** Ids, groups and times shared by the two sides of a split. */
class SideOverlapTest {
  private static final Table TRAIN = loans("train",
      loan("a1", "C1", 1, 30000, "car", 0, 0),
      loan("a2", "C2", 2, 40000, "car", 0, 0),
      loan("a3", "C3", 3, 50000, "home", 0, 1));

  @Test
  void should_name_the_test_rows_of_an_applicant_seen_in_training() {
    // GIVEN test rows by C1 (twice, new values) and by C4
    Table test = loans("test",
        loan("b1", "C1", 4, 31000, "home", 0, 0),
        loan("b2", new String("C4"), 4, 32000, "car", 0, 0),
        loan("b3", new String("C1"), 5, 33000, "car", 0, 1));
    // WHEN audited
    LeakageFinding groups = LeakageAudit.of(ROLES).audit(TRAIN, test).find("group_overlap", "applicant").orElseThrow();
    // THEN b1 and b3: 2 of 3 test rows, over the limit of 0
    assertThat(groups.rows()).as("test rows whose applicant is in training").containsExactly("b1", "b3");
    assertThat(groups.value()).as("share of test rows").isCloseTo(2.0 / 3, within(1e-12));
    assertThat(groups.broken()).as("any shared applicant breaks the rule").isTrue();
  }

  @Test
  void should_name_test_rows_earlier_than_the_last_training_row_but_not_one_at_the_same_time() {
    // GIVEN training up to day 3 and test rows on days 2, 3 and 4
    Table test = loans("test",
        loan("b1", "C7", 2, 31000, "home", 0, 0),
        loan("b2", "C8", 3, 32000, "car", 0, 0),
        loan("b3", "C9", 4, 33000, "car", 0, 1));
    // WHEN audited
    LeakageFinding time = LeakageAudit.of(ROLES).audit(TRAIN, test).find("time_overlap", "applied_at").orElseThrow();
    // THEN only day 2 is earlier than the last training time (deepchecks counts date < max train date)
    assertThat(time.rows()).as("test rows before 2021-01-03T09:00").containsExactly("b1");
    assertThat(time.broken()).as("the limit is 0").isTrue();
  }

  @Test
  void should_find_a_shared_id_and_pass_a_clean_split() {
    // GIVEN a test row that reuses id a2, later than all training and by a new applicant
    Table test = loans("test", loan(new String("a2"), "C9", 4, 33000, "car", 0, 1));
    // WHEN audited
    LeakageReport report = LeakageAudit.of(ROLES).audit(TRAIN, test);
    // THEN the id is shared; group and time are clean
    assertThat(report.find("id_overlap", "id").orElseThrow().rows()).as("shared ids").containsExactly("a2");
    assertThat(report.find("group_overlap", "applicant").orElseThrow().broken()).as("group overlap").isFalse();
    assertThat(report.find("time_overlap", "applied_at").orElseThrow().broken()).as("time overlap").isFalse();
  }

  @Test
  void should_skip_the_checks_of_roles_a_table_does_not_have() {
    // GIVEN roles with no id, group or time
    ColumnRoles roles = ColumnRoles.of("y", ROLES.features());
    // WHEN audited
    LeakageReport report = LeakageAudit.of(roles).audit(TRAIN, TRAIN);
    // THEN there is no overlap finding, and rows are named by their index
    assertThat(report.findings()).extracting(LeakageFinding::kind)
        .as("kinds checked").doesNotContain("id_overlap", "group_overlap", "time_overlap", "identifier_power");
    assertThat(report.find("exact_duplicates", "(rows)").orElseThrow().rows())
        .as("names of rows without an id column").containsExactly("row 0", "row 1", "row 2");
  }
}
