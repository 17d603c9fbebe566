package cascadekit.split;

import static cascadekit.split.AuditTables.ROLES;
import static cascadekit.split.AuditTables.loan;
import static cascadekit.split.AuditTables.loans;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** Exact and near-duplicate rows across a split, judged after normalising, without id or time. */
class DuplicateRowsTest {
  private static final Table TRAIN = loans("train",
      loan("a1", "C1", 1, 34100, "car", 0, 0),
      loan("a2", "C2", 2, 50000, "education", 0, 1),
      loan("a3", "C3", 3, 20000, "home", 0, 0));

  @Test
  void should_find_a_copy_with_a_new_id_and_time_and_a_near_copy_within_one_percent() {
    // GIVEN test rows: a1 again under a new id, later, with " Car " spelled otherwise;
    // a2 with income 50,400 (0.79% off); a3 with 20,300 (1.48% off); a3's values for another applicant
    Table test = loans("test",
        loan("b1", "C1", 9, 34100.0, " Car ", 0, 0),
        loan("b2", "C2", 9, 50400, "education", 0, 1),
        loan("b3", "C3", 9, 20300, "home", 0, 0),
        loan("b4", "C9", 9, 20000, "home", 0, 0));
    // WHEN audited
    LeakageReport report = LeakageAudit.of(ROLES).audit(TRAIN, test);
    // THEN b1 is an exact duplicate and b2 a near one; b3 is too far off and b4 another applicant
    LeakageFinding exact = report.find("exact_duplicates", "(rows)").orElseThrow();
    LeakageFinding near = report.find("near_duplicates", "(rows)").orElseThrow();
    assertThat(exact.rows()).as("exact duplicates of training rows").containsExactly("b1");
    assertThat(near.rows()).as("near duplicates (one number within 1%%)").containsExactly("b2");
    assertThat(exact.value()).as("share of test rows").isEqualTo(0.25);
    assertThat(exact.broken()).as("0.25 of test rows is over deepchecks' 0.05").isTrue();
  }

  @Test
  void should_compare_numbers_in_canonical_form_across_column_types() {
    // GIVEN a training table whose flag is the number 0 stored as a double, and a test one with an int 0
    Table train = TRAIN.copy();
    train.replaceColumn("flag", train.intColumn("flag").asDoubleColumn().setName("flag"));
    Table test = loans("test", loan("b1", "C2", 9, 50000, "EDUCATION", 0, 1));
    // WHEN audited
    LeakageFinding exact = LeakageAudit.of(ROLES).audit(train, test).find("exact_duplicates", "(rows)").orElseThrow();
    // THEN 0.0 and 0 are the same number: b1 repeats a2
    assertThat(exact.rows()).as("0.0 against 0, EDUCATION against education").containsExactly("b1");
  }

  @Test
  void should_pass_a_share_exactly_on_the_threshold() {
    // GIVEN twenty test rows, one of them a copy of a2 (share 1/20 = 0.05, deepchecks' limit)
    Object[][] rows = new Object[20][];
    rows[0] = loan("b0", "C2", 9, 50000, "education", 0, 1);
    for (int i = 1; i < 20; i++) {
      rows[i] = loan("b" + i, "N" + i, 9, 1000 * i, "car", 0, 0);
    }
    // WHEN audited
    LeakageFinding exact =
        LeakageAudit.of(ROLES).audit(TRAIN, loans("test", rows)).find("exact_duplicates", "(rows)").orElseThrow();
    // THEN the share is 0.05, which the rule (<= 0.05) allows
    assertThat(exact.value()).as("share of test rows").isEqualTo(0.05);
    assertThat(exact.broken()).as("a share of exactly 0.05 breaks no rule").isFalse();
  }

  @Test
  void should_not_call_a_row_with_another_label_a_duplicate() {
    // GIVEN a1's values with the label flipped
    Table test = loans("test", loan("b1", "C1", 9, 34100, "car", 0, 1));
    // WHEN audited
    LeakageReport report = LeakageAudit.of(ROLES).audit(TRAIN, test);
    // THEN the label is compared too, and it is not a near duplicate (the label is not a numeric feature)
    assertThat(report.find("exact_duplicates", "(rows)").orElseThrow().rows()).as("exact").isEmpty();
    assertThat(report.find("near_duplicates", "(rows)").orElseThrow().rows()).as("near").isEmpty();
  }
}
