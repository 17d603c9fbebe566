package cascadekit.check;

import static cascadekit.check.Runs.only;
import static cascadekit.check.Runs.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class KeyUniquenessTest {
  private static final LocalDate D1 = LocalDate.of(2024, 1, 1);
  private static final LocalDate D2 = LocalDate.of(2024, 1, 2);

  // (P1,D1) twice; (P2,-) twice, a missing date being a value of the key; (-,-) left out; three keys once
  private static final Table VISITS = table(
      StringColumn.create("visit_id", "V1", "V2", "V3", "V4", "V5", "V6", "V7", "V8"),
      StringColumn.create("patient_id", "P1", "P1", "P2", "P1", "P2", "P2", "", "P3"),
      DateColumn.create("visit_date", new LocalDate[] {D1, D2, D1, D1, null, null, null, D2}));

  @Test
  void should_count_combinations_that_occur_once_and_name_every_row_of_a_repeated_one() {
    // WHEN
    ConstraintResult result = ValidationSuite.on(VISITS).idColumn("visit_id")
        .addCheck(Check.error("visits").isUnique("patient_id", "visit_date")).run().results().get(0);
    // THEN 7 rows have a value; (P1,D2), (P2,D1), (P3,D2) occur once: 3 / 7
    assertThat(result.constraint()).as("sentence").isEqualTo("patient_id, visit_date are unique");
    assertThat(result.column()).as("columns").isEqualTo("patient_id, visit_date");
    assertThat(result.value()).as("uniqueness: combinations once / rows with a value").isCloseTo(3.0 / 7, within(1e-12));
    assertThat(result.status()).as("status").isEqualTo(Status.FAILED);
    assertThat(result.failingIds()).as("rows of (P1,D1) and (P2,-)").containsExactly("V1", "V4", "V5", "V6");
    assertThat(result.failingCount()).as("failing count").isEqualTo(4);
  }

  @Test
  void should_name_rows_by_number_without_an_id_column() {
    // WHEN
    ConstraintResult result = only(VISITS, Check.error("visits").isUnique("patient_id", "visit_date"));
    // THEN
    assertThat(result.failingIds()).as("1-based rows of (P1,D1) and (P2,-)").containsExactly("1", "4", "5", "6");
  }

  @Test
  void should_hold_a_share_of_combinations_to_its_bound() {
    // WHEN held to at least 0.4, which 3 / 7 = 0.43 meets
    ConstraintResult result = only(VISITS, Check.warn("visits").hasUniquenessAtLeast(List.of("patient_id", "visit_date"), 0.4));
    // THEN
    assertThat(result.constraint()).as("sentence").isEqualTo("patient_id, visit_date have uniqueness at least 0.4");
    assertThat(result.status()).as("status").isEqualTo(Status.PASSED);
  }

  @Test
  void should_keep_apart_combinations_whose_joined_text_is_the_same() {
    // GIVEN ("x,y", "z") and ("x", "y,z"), which a key joined with a comma would confuse
    Table table = table(StringColumn.create("a", "x,y", "x"), StringColumn.create("b", "z", "y,z"));
    // WHEN
    ConstraintResult result = only(table, Check.error("pairs").isUnique("a", "b"));
    // THEN
    assertThat(result.value()).as("uniqueness of two different pairs").isEqualTo(1.0);
  }

  @Test
  void should_refuse_no_column_a_column_twice_and_a_column_the_data_lacks() {
    // WHEN / THEN
    assertThatThrownBy(() -> Check.error("visits").isUnique()).as("no column")
        .isInstanceOf(CheckDefinitionException.class).hasMessageContaining("at least one column");
    assertThatThrownBy(() -> Check.error("visits").isUnique("patient_id", "patient_id")).as("a column twice")
        .isInstanceOf(CheckDefinitionException.class).hasMessageContaining("named twice");
    assertThatThrownBy(() -> ValidationSuite.on(VISITS).addCheck(Check.error("visits").isUnique("patient_id", "day")))
        .as("a column the data lacks").isInstanceOf(CheckDefinitionException.class).hasMessageContaining("day")
        .hasMessageContaining("no such column");
  }
}
