package cascadekit.check;

import static cascadekit.check.Runs.only;
import static cascadekit.check.Runs.table;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class RowRulesTest {
  // sex: F, M, X, -, F  -> 3 of 4 non-missing values in {F, M}; the missing row is not "out of set"
  private static final Table SEXES = table(StringColumn.create("sex", "F", "M", "X", "", "F"));
  // age: 34, 130, -, -2, 120, 0 -> 3 of 5 non-missing values in [0, 120]
  private static final Table AGES = table(IntColumn.create("age", new int[] {34, 130, Integer.MIN_VALUE, -2, 120, 0}));

  @Test
  void should_fail_is_contained_in_naming_the_row_out_of_the_set_and_not_the_missing_one() {
    // GIVEN
    Check check = Check.error("sexes").isContainedIn("sex", Set.of("F", "M"));
    // WHEN
    ConstraintResult result = only(SEXES, check);
    // THEN 3 / 4, only row 3 (X) fails; row 4 is missing, completeness' business
    assertThat(result.value()).as("share of non-missing values in the set").isEqualTo(0.75);
    assertThat(result.status()).as("status").isEqualTo(Status.FAILED);
    assertThat(result.failingIds()).as("rows out of the set").containsExactly("3");
    assertThat(result.failingCount()).as("failing count").isEqualTo(1);
  }

  @Test
  void should_pass_is_contained_in_when_mostly_is_met_exactly_and_fail_above() {
    // GIVEN a share of 0.75 in the set
    // WHEN held to mostly 0.75 and to mostly 0.8
    ConstraintResult met = only(SEXES, Check.error("sexes").isContainedIn("sex", Set.of("F", "M"), 0.75));
    ConstraintResult missed = only(SEXES, Check.error("sexes").isContainedIn("sex", Set.of("F", "M"), 0.8));
    // THEN
    assertThat(met.status()).as("0.75 >= 0.75").isEqualTo(Status.PASSED);
    assertThat(missed.status()).as("0.75 < 0.8").isEqualTo(Status.FAILED);
    assertThat(missed.threshold()).as("threshold").isEqualTo(">= 0.8");
  }

  @Test
  void should_fail_is_between_naming_rows_on_both_sides_and_keep_the_bounds_inclusive() {
    // GIVEN ages 34, 130, -, -2, 120, 0 against [0, 120]
    // WHEN
    ConstraintResult result = only(AGES, Check.error("ages").isBetween("age", 0, 120));
    // THEN 130 and -2 fail; 120 and 0 sit on the bounds and pass; the missing row is skipped
    assertThat(result.failingIds()).as("rows out of range").containsExactly("2", "4");
    assertThat(result.value()).as("3 of 5 non-missing in range").isEqualTo(0.6);
    assertThat(result.constraint()).as("sentence").isEqualTo("age is between 0 and 120");
  }

  @Test
  void should_pass_is_between_on_values_in_range() {
    // GIVEN ages 0 and 120 only
    Table table = table(IntColumn.create("age", 0, 120));
    // WHEN / THEN
    assertThat(only(table, Check.error("ages").isBetween("age", 0, 120)).status()).as("status").isEqualTo(Status.PASSED);
  }

  @Test
  void should_fail_is_non_negative_only_on_negative_values() {
    // GIVEN ages with one negative and a zero
    // WHEN
    ConstraintResult result = only(AGES, Check.error("ages").isNonNegative("age"));
    // THEN -2 fails; 0 passes; 4 of 5
    assertThat(result.failingIds()).as("negative rows").containsExactly("4");
    assertThat(result.value()).as("share non-negative").isEqualTo(0.8);
    assertThat(only(table(IntColumn.create("age", 0, 3)), Check.error("a").isNonNegative("age")).status())
        .as("0 and 3 are non-negative").isEqualTo(Status.PASSED);
  }

  @Test
  void should_match_the_whole_value_not_a_part_of_it() {
    // GIVEN ids where only V00001 is a whole match of V\d{5}; V000012 contains one
    Table table = table(StringColumn.create("visit_id", "V00001", "V000012", "v00002", ""));
    // WHEN
    ConstraintResult result = only(table, Check.error("ids").matches("visit_id", "V\\d{5}"));
    // THEN rows 2 and 3 fail; 1 of 3 non-missing values match
    assertThat(result.failingIds()).as("rows not matching whole").containsExactly("2", "3");
    assertThat(result.status()).as("status").isEqualTo(Status.FAILED);
    assertThat(only(table, Check.error("ids").matches("visit_id", "[Vv]\\d{5,6}", 1)).status())
        .as("a pattern all three match").isEqualTo(Status.PASSED);
  }

  @Test
  void should_check_a_named_row_predicate_against_every_row() {
    // GIVEN a discharge before its admission in row 2
    Table stays = table(
        DateColumn.create("admitted", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 5), LocalDate.of(2024, 1, 7),
            LocalDate.of(2024, 1, 9)),
        DateColumn.create("discharged", LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 4), LocalDate.of(2024, 1, 7),
            LocalDate.of(2024, 1, 9)));
    Check check = Check.error("stays").satisfies("discharge not before admission",
        row -> !row.getDate("discharged").isBefore(row.getDate("admitted")));
    // WHEN
    ConstraintResult result = only(stays, check);
    // THEN 3 of 4 rows satisfy it; row 2 does not
    assertThat(result.value()).as("share of rows").isEqualTo(0.75);
    assertThat(result.failingIds()).as("failing rows").containsExactly("2");
    assertThat(result.column()).as("a predicate reads no one column").isNull();
    assertThat(result.constraint()).as("its name").isEqualTo("discharge not before admission");
    assertThat(only(stays.dropRows(1), check).status()).as("without row 2, every row satisfies it")
        .isEqualTo(Status.PASSED);
  }

  @Test
  void should_keep_twenty_ids_and_count_every_failing_row() {
    // GIVEN 25 negative numbers
    IntColumn values = IntColumn.create("n");
    for (int i = 0; i < 25; i++) {
      values.append(-1);
    }
    // WHEN
    ConstraintResult result = only(table(values), Check.error("n").isNonNegative("n"));
    // THEN ids of rows 1..20 and a total of 25
    assertThat(result.failingIds()).as("ids capped at 20").hasSize(20).startsWith("1").endsWith("20");
    assertThat(result.failingCount()).as("total failing").isEqualTo(25);
  }
}
