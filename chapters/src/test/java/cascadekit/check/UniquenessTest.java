package cascadekit.check;

import static cascadekit.check.Runs.only;
import static cascadekit.check.Runs.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class UniquenessTest {
  @Test
  void should_fail_is_unique_and_name_every_row_of_a_duplicated_value() {
    // GIVEN A, B, A, C: B and C occur once, so uniqueness is 2 / 4
    Table table = table(StringColumn.create("visit_id", "A", "B", new String("A"), "C"));
    // WHEN checked unique
    ConstraintResult result = only(table, Check.error("ids").isUnique("visit_id"));
    // THEN both rows holding A fail, the first occurrence too
    assertThat(result.status()).as("status").isEqualTo(Status.FAILED);
    assertThat(result.value()).as("uniqueness: values occurring once / values").isEqualTo(0.5);
    assertThat(result.failingIds()).as("rows of the duplicated A").containsExactly("1", "3");
    assertThat(result.failingCount()).as("failing count").isEqualTo(2);
  }

  @Test
  void should_pass_a_uniqueness_bound_met_exactly() {
    // GIVEN A, B, A, C with uniqueness 0.5
    Table table = table(StringColumn.create("visit_id", "A", "B", "A", "C"));
    // WHEN held to at least 0.5
    ConstraintResult result = only(table, Check.error("ids").hasUniquenessAtLeast("visit_id", 0.5));
    // THEN it passes
    assertThat(result.status()).as("status").isEqualTo(Status.PASSED);
  }

  @Test
  void should_leave_missing_values_out_of_uniqueness() {
    // GIVEN A, -, B: Deequ counts only non-missing values, so 2 of 2 are unique (not 2 of 3)
    Table table = table(StringColumn.create("visit_id", "A", "", "B"));
    // WHEN checked unique
    ConstraintResult result = only(table, Check.error("ids").isUnique("visit_id"));
    // THEN it passes at 1
    assertThat(result.value()).as("uniqueness over non-missing values").isEqualTo(1.0);
    assertThat(result.status()).as("status").isEqualTo(Status.PASSED);
  }

  @Test
  void should_keep_the_first_twenty_duplicate_rows_in_row_order_with_the_total() {
    // GIVEN 25 distinct values, then the same 25 again: all 50 rows are duplicates,
    // and rows 1-20 are the first, though row 1's twin is only found at row 26
    StringColumn ids = StringColumn.create("visit_id");
    for (int round = 0; round < 2; round++) {
      for (int i = 1; i <= 25; i++) {
        ids.append("U" + i);
      }
    }
    // WHEN checked unique
    ConstraintResult result = only(table(ids), Check.error("ids").isUnique("visit_id"));
    // THEN ids 1..20 in row order, and the total of 50
    assertThat(result.failingIds()).as("first 20 failing rows")
        .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10",
            "11", "12", "13", "14", "15", "16", "17", "18", "19", "20");
    assertThat(result.failingCount()).as("every row is a duplicate").isEqualTo(50);
    assertThat(result.value()).as("uniqueness").isEqualTo(0.0);
  }

  @Test
  void should_name_duplicates_by_the_id_column_when_it_is_another_column() {
    // GIVEN patients P1, P2, P1 in visits V1, V2, V3
    Table visits = table(StringColumn.create("visit_id", "V1", "V2", "V3"),
        StringColumn.create("patient_id", "P1", "P2", "P1"));
    // WHEN patient ids are checked unique, rows named by visit
    ConstraintResult result = ValidationSuite.on(visits).idColumn("visit_id")
        .addCheck(Check.error("patients").isUnique("patient_id")).run().results().get(0);
    // THEN both visits of P1, the first one too
    assertThat(result.failingIds()).as("visits of the duplicated patient").containsExactly("V1", "V3");
    assertThat(result.value()).as("uniqueness: P2 once of 3 values").isCloseTo(1.0 / 3, within(1e-12));
  }
}
