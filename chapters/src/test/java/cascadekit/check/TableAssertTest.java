package cascadekit.check;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Data unit tests: TableAssert passes on clean data and fails naming column, rule, value and rows. */
class TableAssertTest {
  /** Ten visits V01..V10, ages 30..39, sexes F and M, weights 60..69. */
  static Table clean() {
    return Table.create("visits",
        StringColumn.create("visit_id", IntStream.rangeClosed(1, 10).mapToObj(i -> String.format("V%02d", i)).toList()),
        IntColumn.create("age", IntStream.range(30, 40).toArray()),
        StringColumn.create("sex", IntStream.range(0, 10).mapToObj(i -> i % 2 == 0 ? "F" : "M").toList()),
        DoubleColumn.create("weight_kg", IntStream.range(60, 70).mapToDouble(i -> i).toArray()));
  }

  @Test
  void should_pass_every_assertion_on_clean_data() {
    // GIVEN / WHEN / THEN
    assertThatCode(() -> TableAssert.assertThat(clean()).identifiedBy("visit_id")
        .hasRowCountBetween(10, 10)
        .column("visit_id").isComplete().isUnique().matches("V\\d{2}")
        .column("age").isComplete().isBetween(0, 120).isNonNegative()
        .column("sex").isContainedIn(Set.of("F", "M")).hasCompletenessAtLeast(1.0)
        .column("weight_kg").isContainedIn(Set.of("60.0"), 0.1)).doesNotThrowAnyException();
  }

  @Test
  void should_name_column_rule_value_and_failing_ids_when_an_assertion_fails() {
    // GIVEN ages 150 and -3 in V03 and V07
    Table visits = clean();
    visits.intColumn("age").set(2, 150).set(6, -3);
    // WHEN / THEN
    assertThatThrownBy(() -> TableAssert.assertThat(visits).identifiedBy("visit_id").column("age").isBetween(0, 120))
        .isInstanceOf(AssertionError.class)
        .hasMessage("column 'age': rule 'age is between 0 and 120' failed: measured 0.8, expected >= 1;"
            + " 2 failing rows of 10, first: V03, V07");
  }

  @Test
  void should_list_the_first_20_failing_ids_and_the_total() {
    // GIVEN 30 visits, 25 of them with the same id
    Table visits = Table.create("visits", StringColumn.create("visit_id",
        IntStream.range(0, 30).mapToObj(i -> i < 25 ? "V00" : "V" + i).toList()));
    // WHEN / THEN failing rows are named by row number, 1-based, without identifiedBy
    assertThatThrownBy(() -> TableAssert.assertThat(visits).column("visit_id").isUnique())
        .hasMessageContaining("column 'visit_id': rule 'visit_id is unique' failed")
        .hasMessageEndingWith("; 25 failing rows of 30, first: "
            + String.join(", ", IntStream.rangeClosed(1, 20).mapToObj(Integer::toString).toList()) + ", ...");
  }

  @Test
  void should_fail_a_table_rule_without_row_ids_and_keep_the_description() {
    // GIVEN / WHEN / THEN
    assertThatThrownBy(() -> TableAssert.assertThat(clean()).as("March batch").hasRowCountBetween(100, 200))
        .hasMessage("[March batch] table: rule 'row count is between 100 and 200' failed: measured 10, expected between 100 and 200");
    assertThatThrownBy(() -> TableAssert.assertThat(clean()).as("March batch").column("sex").isComplete()
            .isContainedIn(Set.of("F"), 0.6))
        .hasMessageStartingWith("[March batch] column 'sex': rule ");
  }

  @Test
  void should_hold_a_mostly_share_and_a_completeness_at_its_threshold() {
    // GIVEN 5 of 10 sexes F, and 8 of 10 weights present
    Table visits = clean();
    visits.doubleColumn("weight_kg").setMissing(0).setMissing(1);
    // WHEN / THEN 0.5 meets mostly 0.5, not 0.6; 0.8 meets 0.8, not 0.9
    assertThatCode(() -> TableAssert.assertThat(visits).column("sex").isContainedIn(Set.of("F"), 0.5)
        .column("weight_kg").hasCompletenessAtLeast(0.8).isNonNegative()).doesNotThrowAnyException();
    assertThatThrownBy(() -> TableAssert.assertThat(visits).column("sex").isContainedIn(Set.of("F"), 0.6))
        .hasMessageContaining("measured 0.5, expected >= 0.6; 5 failing rows of 10, first: 2, 4, 6, 8, 10");
    assertThatThrownBy(() -> TableAssert.assertThat(visits).column("weight_kg").hasCompletenessAtLeast(0.9))
        .hasMessageContaining("measured 0.8, expected >= 0.9; 2 failing rows of 10, first: 1, 2");
  }

  @Test
  void should_fail_on_a_negative_value_and_a_value_that_does_not_match() {
    // GIVEN
    Table visits = clean();
    visits.doubleColumn("weight_kg").set(3, -1.5);
    visits.stringColumn("visit_id").set(9, "V10x");
    // WHEN / THEN
    assertThatThrownBy(() -> TableAssert.assertThat(visits).identifiedBy("visit_id").column("weight_kg").isNonNegative())
        .hasMessageContaining("column 'weight_kg'").hasMessageEndingWith("1 failing row of 10, first: V04");
    assertThatThrownBy(() -> TableAssert.assertThat(visits).column("visit_id").matches("V\\d{2}"))
        .hasMessageContaining("column 'visit_id'").hasMessageEndingWith("1 failing row of 10, first: 10");
  }

  @Test
  void should_refuse_a_column_the_table_lacks_as_a_definition_error() {
    // GIVEN / WHEN / THEN
    assertThatThrownBy(() -> TableAssert.assertThat(clean()).column("height_cm").isComplete())
        .isInstanceOf(CheckDefinitionException.class).hasMessageContaining("height_cm");
  }
}
