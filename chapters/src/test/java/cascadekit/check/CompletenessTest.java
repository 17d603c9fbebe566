package cascadekit.check;

import static cascadekit.check.Runs.only;
import static cascadekit.check.Runs.table;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class CompletenessTest {
  // weight_kg: 70, -, 80, -  -> completeness 2 / 4 = 0.5, rows 2 and 4 missing
  private static final Table VISITS = table(
      StringColumn.create("visit_id", "V1", "V2", "V3", "V4"),
      DoubleColumn.create("weight_kg", new double[] {70, Double.NaN, 80, Double.NaN}));

  @Test
  void should_fail_is_complete_and_name_the_rows_with_a_missing_cell() {
    // GIVEN a check that every weight is present
    Check check = Check.error("weights").isComplete("weight_kg");
    // WHEN it runs with visit ids as row ids
    ConstraintResult result = ValidationSuite.on(VISITS).idColumn("visit_id").addCheck(check).run().results().get(0);
    // THEN it fails at 0.5 and names V2 and V4
    assertThat(result.status()).as("status").isEqualTo(Status.FAILED);
    assertThat(result.value()).as("completeness: 2 of 4 rows").isEqualTo(0.5);
    assertThat(result.failingIds()).as("rows with no weight").containsExactly("V2", "V4");
    assertThat(result.failingCount()).as("failing count").isEqualTo(2);
    assertThat(result.constraint()).as("sentence").isEqualTo("weight_kg is complete");
    assertThat(result.threshold()).as("threshold").isEqualTo(">= 1");
  }

  @Test
  void should_pass_a_completeness_bound_met_exactly() {
    // GIVEN a completeness bound equal to the measured 0.5
    // WHEN it runs
    ConstraintResult result = only(VISITS, Check.error("weights").hasCompletenessAtLeast("weight_kg", 0.5));
    // THEN it passes (the bound is inclusive), still listing the missing rows by row number
    assertThat(result.status()).as("status at 0.5 >= 0.5").isEqualTo(Status.PASSED);
    assertThat(result.failingIds()).as("1-based row numbers").containsExactly("2", "4");
  }

  @Test
  void should_fail_a_completeness_bound_above_the_measured_share() {
    // GIVEN a bound of 0.75 over a completeness of 0.5
    // WHEN it runs
    ConstraintResult result = only(VISITS, Check.error("weights").hasCompletenessAtLeast("weight_kg", 0.75));
    // THEN it fails
    assertThat(result.status()).as("status at 0.5 < 0.75").isEqualTo(Status.FAILED);
    assertThat(result.threshold()).as("threshold").isEqualTo(">= 0.75");
  }

  @Test
  void should_pass_is_complete_on_a_column_without_a_missing_cell() {
    // GIVEN ids all present
    // WHEN checked complete
    ConstraintResult result = only(VISITS, Check.error("ids").isComplete("visit_id"));
    // THEN it passes at 1 with no failing rows
    assertThat(result.status()).as("status").isEqualTo(Status.PASSED);
    assertThat(result.value()).as("completeness").isEqualTo(1.0);
    assertThat(result.failingIds()).as("failing ids").isEmpty();
  }
}
