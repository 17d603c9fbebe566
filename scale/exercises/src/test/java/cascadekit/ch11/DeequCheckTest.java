package cascadekit.ch11;

import static cascadekit.testing.SparkFrames.ages;
import static cascadekit.testing.SparkFrames.constraints;
import static cascadekit.testing.SparkFrames.metric;
import static cascadekit.testing.SparkFrames.verify;
import static cascadekit.testing.SparkFrames.visits;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.amazon.deequ.checks.Check;
import com.amazon.deequ.checks.CheckLevel;
import com.amazon.deequ.constraints.ConstraintResult;
import com.amazon.deequ.constraints.ConstraintStatus;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class DeequCheckTest {
  private static ConstraintResult only(Dataset<Row> frame, Check check) {
    var found = constraints(verify(frame, check), check);
    assertThat(found).as("constraints of the check: one, the one this task adds").hasSize(1);
    return found.get(0);
  }

  @Test
  @Tag("task:1")
  @DisplayName("usable() is an error-level check named 'visits are usable' with no constraints yet")
  void usableIsAnEmptyErrorCheck() {
    Check check = DeequCheck.usable();
    assertThat(check.level()).as("level: CheckLevel.Error(), a failure stops the data").isEqualTo(CheckLevel.Error());
    assertThat(check.description()).as("description").isEqualTo("visits are usable");
    assertThat(check.constraints().size()).as("constraints before any task adds one").isZero();
  }

  @Test
  @Tag("task:2")
  @DisplayName("19 ages of 20 (exactly 95%) pass 'at least 95% present'")
  void completenessOnTheThresholdPasses() {
    ConstraintResult result = only(ages(20, 19, 40), DeequCheck.ageMostlyComplete(DeequCheck.usable()));
    assertThat(metric(result)).as("completeness of age: 19 present / 20 rows").isCloseTo(0.95, within(1e-12));
    assertThat(result.status()).as("status at exactly 0.95: 'at least' includes it").isEqualTo(ConstraintStatus.Success());
  }

  @Test
  @Tag("task:2")
  @DisplayName("18 ages of 20 (90%) fail 'at least 95% present'")
  void completenessBelowTheThresholdFails() {
    ConstraintResult result = only(ages(20, 18, 40), DeequCheck.ageMostlyComplete(DeequCheck.usable()));
    assertThat(metric(result)).as("completeness of age: 18 present / 20 rows").isCloseTo(0.90, within(1e-12));
    assertThat(result.status()).as("status at 0.90").isEqualTo(ConstraintStatus.Failure());
  }

  @Test
  @Tag("task:3")
  @DisplayName("ages 30, 130, null, 45: 2 of the 3 present ages in range, so it fails with 2/3")
  void rangeJudgesPresentAgesOnly() {
    Dataset<Row> frame = visits("P1", "2023-01-01", 30, "P2", "2023-01-01", 130, "P3", "2023-01-01", null,
        "P4", "2023-01-01", 45);
    ConstraintResult result = only(frame, DeequCheck.ageInRange(DeequCheck.usable()));
    assertThat(metric(result))
        .as("share in [0, 120] of the present ages (30, 130, 45): 2/3; 0.75 means the null row was counted as passing")
        .isCloseTo(2.0 / 3, within(1e-12));
    assertThat(result.status()).as("status: 130 is out of range").isEqualTo(ConstraintStatus.Failure());
  }

  @Test
  @Tag("task:3")
  @DisplayName("ages 0 and 120 are on the bounds and pass")
  void rangeIncludesItsBounds() {
    ConstraintResult result = only(visits("P1", "2023-01-01", 0, "P2", "2023-01-01", 120, "P3", "2023-01-01", null),
        DeequCheck.ageInRange(DeequCheck.usable()));
    assertThat(metric(result)).as("share in [0, 120] of ages 0 and 120, bounds included").isCloseTo(1.0, within(1e-12));
    assertThat(result.status()).as("status").isEqualTo(ConstraintStatus.Success());
  }

  @Test
  @Tag("task:4")
  @DisplayName("a visit entered twice fails: 2 of 4 rows have a pair that occurs once")
  void aRepeatedPairFails() {
    Dataset<Row> frame = visits("P1", "2023-01-01", 30, "P1", "2023-01-01", 30, "P1", "2023-01-02", 30,
        "P2", "2023-01-01", 50);
    ConstraintResult result = only(frame, DeequCheck.onePerPatientDay(DeequCheck.usable()));
    assertThat(metric(result))
        .as("uniqueness of (patient_id, visit_date): rows whose pair occurs once / rows = 2/4 (distinctness would be 3/4)")
        .isCloseTo(0.5, within(1e-12));
    assertThat(result.status()).as("status").isEqualTo(ConstraintStatus.Failure());
  }

  @Test
  @Tag("task:4")
  @DisplayName("one patient on two days and two patients on one day pass")
  void thePairIsTheKey() {
    Dataset<Row> frame = visits("P1", "2023-01-01", 30, "P1", "2023-01-02", 30, "P2", "2023-01-01", 50);
    ConstraintResult result = only(frame, DeequCheck.onePerPatientDay(DeequCheck.usable()));
    assertThat(metric(result)).as("uniqueness of the pair (P1, d1), (P1, d2), (P2, d1): each once").isCloseTo(1.0, within(1e-12));
    assertThat(result.status()).as("status: the key is the pair, not patient_id alone").isEqualTo(ConstraintStatus.Success());
  }
}
