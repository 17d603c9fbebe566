package cascadekit.split;

import static cascadekit.split.AuditTables.ROLES;
import static cascadekit.split.AuditTables.loan;
import static cascadekit.split.AuditTables.loans;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cascadekit.split.FittedStatistic.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** Statistics a pipeline fitted, held against the training rows alone. */
class PreprocessingCheckTest {
  // training incomes 10, 20, 30, 40: mean 25, median 25, population sd sqrt(500 / 4) = sqrt(125)
  private static final Table TRAIN = loans("train",
      loan("a1", "C1", 1, 10, "car", 0, 0), loan("a2", "C2", 2, 20, "car", 0, 0),
      loan("a3", "C3", 3, 30, "car", 0, 1), loan("a4", "C4", 4, 40, "car", 0, 0));
  // with the test rows, 10..60: mean 35, median 35, population sd sqrt(1750 / 6)
  private static final Table TEST = loans("test",
      loan("b1", "C5", 5, 50, "car", 0, 0), loan("b2", "C6", 6, 60, "car", 0, 1));

  @Test
  void should_flag_a_scaler_fitted_on_all_rows_and_pass_one_fitted_on_training_rows() {
    // GIVEN a leaky scaler (mean 35, sd of all six) and an honest one (mean 25, sd sqrt(125))
    List<FittedStatistic> used = List.of(
        FittedStatistic.of("income", Kind.MEAN, 35), FittedStatistic.of("income", Kind.SD, Math.sqrt(1750.0 / 6)),
        FittedStatistic.of("income", Kind.MEAN, 25), FittedStatistic.of("income", Kind.SD, Math.sqrt(125)));
    // WHEN audited
    List<LeakageFinding> findings = LeakageAudit.of(ROLES).audit(TRAIN, TEST, used).findings().stream()
        .filter(f -> f.kind().equals("preprocessing")).toList();
    // THEN the first two saw the test rows; the last two did not
    assertThat(findings).extracting(LeakageFinding::broken).as("broken, per statistic")
        .containsExactly(true, true, false, false);
    assertThat(findings.get(0).detail()).as("evidence of the leaky mean")
        .isEqualTo("mean income used 35.0000; training rows 25.0000, all rows 35.0000: fitted on all rows");
    assertThat(findings.get(3).detail()).as("evidence of the honest sd")
        .isEqualTo("sd income used 11.1803; training rows 11.1803, all rows 17.0783: fitted on training rows");
  }

  @Test
  void should_tell_a_median_fitted_on_all_rows_from_one_fitted_on_neither() {
    // GIVEN an imputer's median of 35 (all rows) and one of 30 (neither)
    List<FittedStatistic> used =
        List.of(FittedStatistic.of("income", Kind.MEDIAN, 35), FittedStatistic.of("income", Kind.MEDIAN, 30));
    // WHEN audited
    LeakageReport report = LeakageAudit.of(ROLES).audit(TRAIN, TEST, used);
    // THEN both break the rule; the second matches neither the training median (25) nor all rows' (35)
    List<LeakageFinding> medians = report.broken().stream().filter(f -> f.kind().equals("preprocessing")).toList();
    assertThat(medians).extracting(LeakageFinding::detail).as("evidence").containsExactly(
        "median income used 35.0000; training rows 25.0000, all rows 35.0000: fitted on all rows",
        "median income used 30.0000; training rows 25.0000, all rows 35.0000: fitted on neither");
  }

  @Test
  void should_refuse_a_statistic_of_a_column_the_tables_do_not_have() {
    // GIVEN a statistic of a column neither table has
    List<FittedStatistic> used = List.of(FittedStatistic.of("salary", Kind.MEAN, 1));
    // WHEN audited THEN the error names the column and the table
    assertThatThrownBy(() -> LeakageAudit.of(ROLES).audit(TRAIN, TEST, used))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("statistic MEAN of 'salary': table 'train' has no such column");
  }
}
