package cascadekit.check;

import static cascadekit.check.Runs.table;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class DefinitionErrorsTest {
  private static final Table VISITS = table(StringColumn.create("visit_id", "V1", "V2"), IntColumn.create("age", 3, 4));
  private static final Check CHECK = Check.error("visits are usable");

  @Test
  void should_refuse_a_share_outside_zero_to_one_naming_check_and_column() {
    // GIVEN / WHEN a completeness of 1.5 / THEN refused at the call that adds it
    assertThatThrownBy(() -> CHECK.hasCompletenessAtLeast("age", 1.5)).as("share 1.5")
        .isInstanceOf(CheckDefinitionException.class).hasMessageContaining("visits are usable")
        .hasMessageContaining("'age'").hasMessageContaining("1.5");
    assertThatThrownBy(() -> CHECK.isContainedIn("sex", Set.of("F"), -0.1)).as("mostly -0.1")
        .isInstanceOf(CheckDefinitionException.class).hasMessageContaining("'sex'");
  }

  @Test
  void should_refuse_a_minimum_above_the_maximum() {
    // GIVEN / WHEN min 120 > max 0 / THEN
    assertThatThrownBy(() -> CHECK.isBetween("age", 120, 0)).as("between 120 and 0")
        .isInstanceOf(CheckDefinitionException.class).hasMessageContaining("'age'").hasMessageContaining("120");
    assertThatThrownBy(() -> CHECK.hasRowCountBetween(10, 1)).as("row count 10..1")
        .isInstanceOf(CheckDefinitionException.class).hasMessageContaining("visits are usable");
  }

  @Test
  void should_refuse_a_blank_column_a_bad_pattern_and_a_negative_age() {
    // GIVEN / WHEN / THEN
    assertThatThrownBy(() -> CHECK.isComplete(" ")).as("blank column").isInstanceOf(CheckDefinitionException.class);
    assertThatThrownBy(() -> CHECK.matches("visit_id", "V(\\d")).as("unclosed group")
        .isInstanceOf(CheckDefinitionException.class).hasMessageContaining("'visit_id'").hasMessageContaining("V(\\d");
    assertThatThrownBy(() -> CHECK.isFresh("visit_date", Duration.ofHours(-1), Instant.EPOCH)).as("negative age")
        .isInstanceOf(CheckDefinitionException.class).hasMessageContaining("'visit_date'");
  }

  @Test
  void should_refuse_a_check_on_a_missing_column_when_it_is_added_to_the_suite() {
    // GIVEN a check on weight_kg, which the table lacks
    Check check = CHECK.isComplete("visit_id").isComplete("weight_kg");
    // WHEN it is added / THEN refused before any row is read, naming both
    assertThatThrownBy(() -> ValidationSuite.on(VISITS).addCheck(check)).as("missing column")
        .isInstanceOf(CheckDefinitionException.class).hasMessageContaining("visits are usable")
        .hasMessageContaining("'weight_kg'");
  }

  @Test
  void should_refuse_a_numeric_rule_on_a_text_column() {
    // GIVEN a mean of visit ids
    Check check = CHECK.hasMeanBetween("visit_id", 0, 1);
    // WHEN added / THEN refused, naming the column's type
    assertThatThrownBy(() -> ValidationSuite.on(VISITS).addCheck(check)).as("mean of text")
        .isInstanceOf(CheckDefinitionException.class).hasMessageContaining("'visit_id'").hasMessageContaining("STRING");
  }

  @Test
  void should_refuse_an_empty_table_and_a_missing_id_column() {
    // GIVEN a table with columns and no rows
    Table empty = table(IntColumn.create("age"));
    // WHEN / THEN
    assertThatThrownBy(() -> ValidationSuite.on(empty).addCheck(Check.error("ages").isComplete("age")))
        .as("empty table").isInstanceOf(CheckDefinitionException.class).hasMessageContaining("ages")
        .hasMessageContaining("no rows");
    assertThatThrownBy(() -> ValidationSuite.on(VISITS).idColumn("patient_id")).as("missing id column")
        .isInstanceOf(CheckDefinitionException.class).hasMessageContaining("'patient_id'");
    assertThatThrownBy(() -> ValidationSuite.on(VISITS).run()).as("no checks")
        .isInstanceOf(CheckDefinitionException.class);
  }

  @Test
  void should_stop_at_a_row_predicate_that_throws_naming_check_rule_and_row() {
    // GIVEN a rule that divides by the age, and an age of 0 in row 2 (visit V2)
    Table visits = table(StringColumn.create("visit_id", "V1", "V2"), IntColumn.create("age", 3, 0));
    Check check = CHECK.satisfies("age divides 12", row -> 12 % row.getInt("age") == 0);
    // WHEN run / THEN the error names the check, the rule and the row
    assertThatThrownBy(() -> ValidationSuite.on(visits).idColumn("visit_id").addCheck(check).run()).as("throwing rule")
        .isInstanceOf(CheckDefinitionException.class).hasMessageContaining("visits are usable")
        .hasMessageContaining("'age divides 12'").hasMessageContaining("row V2").hasMessageContaining("ArithmeticException");
    assertThatThrownBy(() -> CHECK.satisfies(" ", row -> true)).as("unnamed rule")
        .isInstanceOf(CheckDefinitionException.class);
  }
}
