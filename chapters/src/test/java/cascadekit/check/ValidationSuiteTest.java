package cascadekit.check;

import static cascadekit.check.Runs.table;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class ValidationSuiteTest {
  // V1 is used twice, row 3 has no sex and an age of 130
  private static final Table VISITS = table(
      StringColumn.create("visit_id", "V1", "V2", "V1", "V4"),
      StringColumn.create("sex", "F", "M", "", "X"),
      IntColumn.create("age", 34, 51, 130, 28));

  @Test
  void should_collect_every_failure_errors_first() {
    // GIVEN an error check with three broken constraints and one kept, and a warning check
    Check errors = Check.error("usable").isUnique("visit_id").isComplete("sex").isBetween("age", 0, 120)
        .isComplete("age");
    Check warnings = Check.warn("tidy").isContainedIn("sex", Set.of("F", "M"));
    // WHEN
    ValidationResult result = ValidationSuite.on(VISITS).idColumn("visit_id").addCheck(warnings).addCheck(errors).run();
    // THEN all four failures are there, not only the first; errors before the warning
    assertThat(result.results()).as("one result per constraint, in declared order").hasSize(5);
    assertThat(result.failures()).as("failures, errors first").extracting(ConstraintResult::constraint)
        .containsExactly("visit_id is unique", "sex is complete", "age is between 0 and 120",
            "sex is in [F, M]");
    assertThat(result.errorCount()).as("errors").isEqualTo(3);
    assertThat(result.warningCount()).as("warnings").isEqualTo(1);
    assertThat(result.passed()).as("passed").isFalse();
  }

  @Test
  void should_pass_a_run_whose_only_failures_are_warnings() {
    // GIVEN a warning that fails
    Check warnings = Check.warn("tidy").isContainedIn("sex", Set.of("F", "M"));
    // WHEN
    ValidationResult result = ValidationSuite.on(VISITS).addCheck(warnings).run();
    // THEN
    assertThat(result.failures()).as("failures").hasSize(1);
    assertThat(result.passed()).as("passed").isTrue();
  }

  @Test
  void should_read_each_row_once_whatever_the_number_of_constraints() {
    // GIVEN ten constraints over a table of 4 rows, and a source that counts its row visits
    Check many = Check.error("many").isUnique("visit_id").isComplete("sex").isBetween("age", 0, 120)
        .isComplete("age").isNonNegative("age").hasMeanBetween("age", 0, 100).hasDistinctCountBetween("sex", 1, 5)
        .matches("visit_id", "V\\d").hasRowCountBetween(1, 10).hasQuantileBetween("age", 0.5, 0, 200);
    Counting source = new Counting(new TableSource(VISITS));
    // WHEN
    ValidationResult result = ValidationSuite.on(source).addCheck(many).run();
    // THEN one pass: four row visits, not forty
    assertThat(result.results()).as("results").hasSize(10);
    assertThat(source.passes.get()).as("passes over the rows").isEqualTo(1);
    assertThat(source.rows.get()).as("row visits").isEqualTo(4);
  }

  /** A source that counts how often it is walked and how many rows it hands out. */
  private static final class Counting implements RowSource {
    private final RowSource inner;
    private final AtomicInteger passes = new AtomicInteger();
    private final AtomicInteger rows = new AtomicInteger();

    Counting(RowSource inner) {
      this.inner = inner;
    }

    @Override
    public RowLayout layout() {
      return inner.layout();
    }

    @Override
    public boolean isEmpty() {
      return inner.isEmpty();
    }

    @Override
    public void forEach(String idColumn, Consumer<RowView> visitor) {
      passes.incrementAndGet();
      inner.forEach(idColumn, row -> {
        rows.incrementAndGet();
        visitor.accept(row);
      });
    }
  }
}
