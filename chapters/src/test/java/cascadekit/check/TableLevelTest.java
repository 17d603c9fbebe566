package cascadekit.check;

import static cascadekit.check.Runs.only;
import static cascadekit.check.Runs.table;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class TableLevelTest {
  private static final Table VISITS = table(
      StringColumn.create("visit_id", "V1", "V2", "V3"),
      IntColumn.create("age", 34, 51, 28),
      DateColumn.create("visit_date", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 3), null),
      StringColumn.create("note", "", "", ""));
  private static final Instant AS_OF = Instant.parse("2024-01-05T00:00:00Z");

  @Test
  void should_hold_the_row_count_between_inclusive_bounds() {
    // GIVEN 3 rows
    // WHEN / THEN
    assertThat(only(VISITS, Check.error("size").hasRowCountBetween(3, 5)).status()).as("3 in [3, 5]")
        .isEqualTo(Status.PASSED);
    ConstraintResult missed = only(VISITS, Check.error("size").hasRowCountBetween(4, 5));
    assertThat(missed.status()).as("3 not in [4, 5]").isEqualTo(Status.FAILED);
    assertThat(missed.value()).as("row count").isEqualTo(3.0);
  }

  @Test
  void should_report_a_column_of_the_wrong_type_or_missing_as_a_failure_not_an_error() {
    // GIVEN age is INTEGER and bmi is absent
    // WHEN
    ConstraintResult right = only(VISITS, Check.error("types").hasColumn("age", ColumnType.INTEGER));
    ConstraintResult wrong = only(VISITS, Check.error("types").hasColumn("age", ColumnType.DOUBLE));
    ConstraintResult absent = only(VISITS, Check.error("types").hasColumn("bmi", ColumnType.DOUBLE));
    // THEN
    assertThat(right.status()).as("age INTEGER").isEqualTo(Status.PASSED);
    assertThat(wrong.failingIds()).as("what is wrong").containsExactly("age: INTEGER, expected DOUBLE");
    assertThat(absent.failingIds()).as("what is wrong").containsExactly("bmi: missing, expected DOUBLE");
  }

  @Test
  void should_pass_a_schema_in_order_and_warn_about_an_extra_column() {
    // GIVEN a schema of the first three columns; note is extra
    Check check = Check.error("schema").hasSchema(List.of(ColumnSpec.of("visit_id", ColumnType.STRING),
        ColumnSpec.of("age", ColumnType.INTEGER), ColumnSpec.of("visit_date", ColumnType.LOCAL_DATE)));
    // WHEN
    ValidationResult result = ValidationSuite.on(VISITS).addCheck(check).run();
    // THEN the schema passes; the extra column is a failed warning, so the run passes
    assertThat(result.results().get(0).status()).as("schema").isEqualTo(Status.PASSED);
    ConstraintResult extra = result.results().get(1);
    assertThat(extra.level()).as("extra columns warn").isEqualTo(Level.WARN);
    assertThat(extra.failingIds()).as("extra columns").containsExactly("note: not in the schema");
    assertThat(result.passed()).as("a warning does not fail the run").isTrue();
  }

  @Test
  void should_fail_a_schema_out_of_order_or_of_the_wrong_type() {
    // GIVEN a schema listing age before visit_id, and age as text
    Check check = Check.error("schema").hasSchema(List.of(ColumnSpec.of("age", ColumnType.STRING),
        ColumnSpec.of("visit_id", ColumnType.STRING), ColumnSpec.of("visit_date", ColumnType.LOCAL_DATE),
        ColumnSpec.of("note", ColumnType.STRING)));
    // WHEN
    ConstraintResult schema = only(VISITS, check);
    // THEN both problems are listed
    assertThat(schema.failingIds()).as("problems").containsExactly("age: INTEGER, expected STRING",
        "order: found [visit_id, age, visit_date, note], expected [age, visit_id, visit_date, note]");
    assertThat(schema.value()).as("number of problems").isEqualTo(2.0);
  }

  @Test
  void should_measure_freshness_as_the_newest_value_age_at_a_given_moment() {
    // GIVEN the newest visit on 2024-01-03 (UTC midnight) and asOf 2024-01-05: 48 hours
    // WHEN
    ConstraintResult fresh = only(VISITS, Check.error("fresh").isFresh("visit_date", Duration.ofHours(48), AS_OF));
    ConstraintResult stale = only(VISITS, Check.error("fresh").isFresh("visit_date", Duration.ofHours(47), AS_OF));
    // THEN 48 h is no older than 48 h, and older than 47 h
    assertThat(fresh.value()).as("age in hours").isEqualTo(48.0);
    assertThat(fresh.status()).as("48 <= 48").isEqualTo(Status.PASSED);
    assertThat(stale.status()).as("48 > 47").isEqualTo(Status.FAILED);
    assertThat(stale.threshold()).as("threshold").isEqualTo("<= 47");
  }

  @Test
  void should_measure_freshness_of_instants_and_of_local_date_times_read_in_utc() {
    // GIVEN newest moments 90 minutes before asOf, as an instant and as a UTC local date-time
    Table times = table(
        InstantColumn.create("received", List.of(Instant.parse("2024-01-04T22:30:00Z"), Instant.parse("2024-01-01T00:00:00Z"))),
        DateTimeColumn.create("logged", List.of(LocalDateTime.of(2024, 1, 1, 0, 0), LocalDateTime.of(2024, 1, 4, 22, 30))));
    // WHEN
    ConstraintResult received = only(times, Check.error("fresh").isFresh("received", Duration.ofHours(2), AS_OF));
    ConstraintResult logged = only(times, Check.error("fresh").isFresh("logged", Duration.ofHours(1), AS_OF));
    // THEN 1.5 hours old each: within 2 hours, not within 1
    assertThat(received.value()).as("age of the newest instant").isEqualTo(1.5);
    assertThat(received.status()).as("1.5 <= 2").isEqualTo(Status.PASSED);
    assertThat(logged.value()).as("age of the newest date-time").isEqualTo(1.5);
    assertThat(logged.status()).as("1.5 > 1").isEqualTo(Status.FAILED);
  }
}
