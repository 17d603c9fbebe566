package cascadekit.ch11;

import static cascadekit.testing.SparkFrames.ages;
import static cascadekit.testing.SparkFrames.verify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cascadekit.check.ConstraintResult;
import cascadekit.check.Level;
import cascadekit.check.Status;
import com.amazon.deequ.VerificationResult;
import com.amazon.deequ.checks.Check;
import com.amazon.deequ.checks.CheckLevel;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import scala.Function1;
import scala.Option;
import scala.collection.JavaConverters;

class ReadDeequResultsTest {
  // 20 visits, 19 ages present: an error check of two constraints (one on a column the data lacks), a warning of one.
  private static final Function1<Object, Object> AT_LEAST_95 = v -> (Double) v >= 0.95;
  private static final Function1<Object, Object> TWENTY_ROWS = n -> (Long) n == 20L;
  private static final Check USABLE = new Check(CheckLevel.Error(), "visits are usable",
      JavaConverters.asScalaBuffer(List.<com.amazon.deequ.constraints.Constraint>of()).toSeq())
      .hasCompleteness("age", AT_LEAST_95, Option.empty(), Option.empty())
      .isComplete("weight_kg", Option.empty(), Option.empty());
  private static final Check DELIVERED = new Check(CheckLevel.Warning(), "batch is whole",
      JavaConverters.asScalaBuffer(List.<com.amazon.deequ.constraints.Constraint>of()).toSeq())
      .hasSize(TWENTY_ROWS, Option.empty());

  private static List<ConstraintResult> read() {
    VerificationResult result = verify(ages(20, 19, 40), USABLE, DELIVERED);
    return ReadDeequResults.from(result, List.of(USABLE, DELIVERED));
  }

  @Test
  @Tag("task:1")
  @DisplayName("one result per constraint, in check order, named after its check with the check's level")
  void oneResultPerConstraintInOrder() {
    List<ConstraintResult> read = read();
    assertThat(read).as("results: 2 constraints of 'visits are usable', then 1 of 'batch is whole'").hasSize(3);
    assertThat(read).as("check of each result").extracting(ConstraintResult::check)
        .containsExactly("visits are usable", "visits are usable", "batch is whole");
    assertThat(read).as("level of each result: CheckLevel.Error() is ERROR, CheckLevel.Warning() is WARN")
        .extracting(ConstraintResult::level).containsExactly(Level.ERROR, Level.ERROR, Level.WARN);
  }

  @Test
  @Tag("task:1")
  @DisplayName("each result names its constraint and has no column, threshold or failing rows")
  void constraintTextAndEmptyFields() {
    List<ConstraintResult> read = read();
    assertThat(read).as("constraint of each result: the Deequ constraint's toString()")
        .extracting(ConstraintResult::constraint)
        .containsExactly(USABLE.constraints().apply(0).toString(), USABLE.constraints().apply(1).toString(),
            DELIVERED.constraints().apply(0).toString());
    assertThat(read).as("columns: null, Deequ's result names none").extracting(ConstraintResult::column).containsOnlyNulls();
    assertThat(read).as("thresholds: \"\", a Deequ assertion is a function").extracting(ConstraintResult::threshold).containsOnly("");
    assertThat(read).as("failing counts: 0, Deequ keeps no failing rows").extracting(ConstraintResult::failingCount).containsOnly(0L);
  }

  @Test
  @Tag("task:2")
  @DisplayName("Success reads as PASSED and anything else as FAILED")
  void statuses() {
    assertThat(read()).as("status of: age completeness 0.95 (>= 0.95), weight_kg complete (no such column), 20 rows")
        .extracting(ConstraintResult::status).containsExactly(Status.PASSED, Status.FAILED, Status.PASSED);
  }

  @Test
  @Tag("task:2")
  @DisplayName("the metric reads as a double, NaN when it failed to compute")
  void values() {
    List<ConstraintResult> read = read();
    assertThat(read.get(0).value()).as("completeness of age: 19 / 20").isCloseTo(0.95, within(1e-12));
    assertThat(read.get(1).value()).as("completeness of weight_kg, a column the data lacks: its metric failed, NaN").isNaN();
    assertThat(read.get(2).value()).as("size: 20 rows").isCloseTo(20.0, within(1e-12));
  }
}
