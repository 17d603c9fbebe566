package cascadekit.split;

import static cascadekit.split.AuditTables.ROLES;
import static cascadekit.split.AuditTables.loan;
import static cascadekit.split.AuditTables.loans;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** Target leakage: a feature or an identifier that predicts the label on its own. */
class PowerCheckTest {
  // y is 1 on days 7-10; flag is 1 on days 8-10 only; income and purpose carry nothing
  private static final Table TRAIN = loans("train",
      loan("a01", "C1", 1, 10, "car", 0, 0), loan("a02", "C2", 2, 20, "home", 0, 0),
      loan("a03", "C3", 3, 30, "car", 0, 0), loan("a04", "C4", 4, 40, "home", 0, 0),
      loan("a05", "C5", 5, 50, "car", 0, 0), loan("a06", "C6", 6, 60, "home", 0, 0),
      loan("a07", "C7", 7, 10, "car", 0, 1), loan("a08", "C8", 8, 20, "home", 1, 1),
      loan("a09", "C9", 9, 30, "car", 1, 1), loan("a10", "C10", 10, 40, "home", 1, 1));

  @Test
  void should_flag_a_feature_that_predicts_the_label_in_training_but_not_in_test() {
    // GIVEN test rows where the flag misleads once (b4: flag 1, y 0)
    Table test = loans("test",
        loan("b1", "N1", 11, 10, "car", 1, 1), loan("b2", "N2", 11, 20, "car", 0, 0),
        loan("b3", "N3", 11, 30, "car", 0, 0), loan("b4", "N4", 11, 40, "car", 1, 0));
    // WHEN audited
    LeakageFinding flag = LeakageAudit.of(ROLES).audit(TRAIN, test).find("feature_power", "flag").orElseThrow();
    // THEN training: flag=1 bin predicts 1, flag=0 bin (six 0s, one 1) predicts 0: 9 of 10 right,
    // baseline 6 of 10, power (9 - 6) / (10 - 6) = 0.75; test: 3 of 4 right, baseline 3, power 0
    assertThat(flag.value()).as("power of flag in training").isEqualTo(0.75);
    assertThat(flag.detail()).as("evidence").isEqualTo("power 0.750 in training, 0.000 in test");
    assertThat(flag.broken()).as("0.75 >= 0.7, and a drop of 0.75 >= 0.2").isTrue();
  }

  @Test
  void should_flag_power_exactly_on_the_threshold_and_not_below_it() {
    // GIVEN the same flag judged against a training limit of exactly 0.75, then of 0.875, with no change limit
    Table test = TRAIN.copy();
    LeakageThresholds on = new LeakageThresholds(0.1, 0, 0, 0, 0, 0.75, 2, 0.01, 1e-9);
    LeakageThresholds above = new LeakageThresholds(0.1, 0, 0, 0, 0, 0.875, 2, 0.01, 1e-9);
    // WHEN audited
    LeakageFinding atLimit = LeakageAudit.of(ROLES, on).audit(TRAIN, test).find("feature_power", "flag").orElseThrow();
    LeakageFinding under = LeakageAudit.of(ROLES, above).audit(TRAIN, test).find("feature_power", "flag").orElseThrow();
    // THEN deepchecks' rule is "less than": 0.75 breaks a limit of 0.75 and passes one of 0.875
    assertThat(atLimit.broken()).as("power 0.75 against a limit of 0.75").isTrue();
    assertThat(under.broken()).as("power 0.75 against a limit of 0.875").isFalse();
  }

  @Test
  void should_flag_a_timestamp_that_predicts_the_label_and_pass_features_with_no_signal() {
    // GIVEN test rows whose label follows the date as in training: late rows default
    Table test = loans("test",
        loan("a055", "N1", 8, 50, "car", 0, 1), loan("a025", "N2", 3, 60, "home", 0, 0),
        loan("a095", "N3", 10, 10, "car", 0, 1));
    // WHEN audited
    LeakageReport report = LeakageAudit.of(ROLES).audit(TRAIN, test);
    // THEN applied_at: each training day its own decile bin, days 7-10 predict 1; test 3 of 3 right,
    // baseline (0) 1 of 3: power (3 - 1) / (3 - 1) = 1
    LeakageFinding time = report.find("identifier_power", "applied_at").orElseThrow();
    assertThat(time.value()).as("power of applied_at on test rows").isEqualTo(1.0);
    assertThat(time.broken()).as("any power in a timestamp").isTrue();
    // AND the ids a055, a025, a095 sort into the bins of a05, a02, a09: 0, 0, 1 predicted, 2 of 3 right,
    // baseline 1 of 3: power (2 - 1) / (3 - 1) = 0.5
    assertThat(report.find("identifier_power", "id").orElseThrow().value()).as("power of id").isEqualTo(0.5);
    // AND unseen applicants fall back on the majority: power 0; purpose predicts 0 in each bin: power 0
    assertThat(report.find("identifier_power", "applicant").orElseThrow().broken()).as("applicant").isFalse();
    assertThat(report.find("feature_power", "purpose").orElseThrow().broken()).as("purpose").isFalse();
  }
}
