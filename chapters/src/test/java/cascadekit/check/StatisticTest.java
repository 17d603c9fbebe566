package cascadekit.check;

import static cascadekit.check.Runs.only;
import static cascadekit.check.Runs.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class StatisticTest {
  private static final double NA = Double.NaN;
  // 2, 4, 4, 4, 5, 5, 7, 9 and a missing cell: mean 5, population sd 2 (sample sd 2.138)
  private static final Table VALUES = table(DoubleColumn.create("x", new double[] {2, 4, 4, NA, 4, 5, 5, 7, 9}));

  @Test
  void should_measure_the_mean_of_the_non_missing_values() {
    // GIVEN / WHEN a mean bound exactly at 5, and one above it
    ConstraintResult met = only(VALUES, Check.error("x").hasMeanBetween("x", 5, 6));
    ConstraintResult missed = only(VALUES, Check.error("x").hasMeanBetween("x", 5.5, 6));
    // THEN
    assertThat(met.value()).as("mean").isEqualTo(5.0);
    assertThat(met.status()).as("5 in [5, 6]").isEqualTo(Status.PASSED);
    assertThat(missed.status()).as("5 not in [5.5, 6]").isEqualTo(Status.FAILED);
    assertThat(missed.failingIds()).as("a statistic names no rows").isEmpty();
  }

  @Test
  void should_measure_the_population_standard_deviation() {
    // GIVEN squared deviations summing to 32 over 8 values: 32 / 8 = 4, sd 2
    // WHEN held to exactly [2, 2]
    ConstraintResult result = only(VALUES, Check.error("x").hasStandardDeviationBetween("x", 2, 2));
    // THEN it passes: the sample sd, sqrt(32 / 7), would not
    assertThat(result.value()).as("population sd").isCloseTo(2.0, within(1e-12));
    assertThat(result.status()).as("status").isEqualTo(Status.PASSED);
    assertThat(only(VALUES, Check.error("x").hasStandardDeviationBetween("x", 0, 1)).status())
        .as("2 not in [0, 1]").isEqualTo(Status.FAILED);
  }

  @Test
  void should_measure_an_exact_quantile_by_linear_interpolation() {
    // GIVEN 1, 2, 3, 4: R-7 puts the median at 2.5 and the first quartile at 1.75
    Table table = table(DoubleColumn.create("x", 4, 1, 3, 2));
    // WHEN
    ConstraintResult median = only(table, Check.error("x").hasQuantileBetween("x", 0.5, 2.5, 2.5));
    ConstraintResult quartile = only(table, Check.error("x").hasQuantileBetween("x", 0.25, 2, 3));
    // THEN
    assertThat(median.value()).as("median").isEqualTo(2.5);
    assertThat(median.status()).as("2.5 in [2.5, 2.5]").isEqualTo(Status.PASSED);
    assertThat(quartile.value()).as("first quartile").isEqualTo(1.75);
    assertThat(quartile.status()).as("1.75 not in [2, 3]").isEqualTo(Status.FAILED);
    assertThat(quartile.constraint()).as("sentence").isEqualTo("x has quantile 0.25 between 2 and 3");
  }

  @Test
  void should_count_distinct_non_missing_values() {
    // GIVEN a, b, a, -, c: three distinct values
    Table table = table(StringColumn.create("site", "a", "b", "a", "", "c"));
    // WHEN
    ConstraintResult met = only(table, Check.error("sites").hasDistinctCountBetween("site", 3, 3));
    ConstraintResult missed = only(table, Check.error("sites").hasDistinctCountBetween("site", 4, 10));
    // THEN
    assertThat(met.value()).as("distinct count").isEqualTo(3.0);
    assertThat(met.status()).as("3 in [3, 3]").isEqualTo(Status.PASSED);
    assertThat(missed.status()).as("3 not in [4, 10]").isEqualTo(Status.FAILED);
  }

  @Test
  void should_fail_a_statistic_of_a_column_with_no_values() {
    // GIVEN only missing cells
    Table table = table(DoubleColumn.create("x", NA, NA));
    // WHEN
    ConstraintResult result = only(table, Check.error("x").hasMeanBetween("x", 0, 10));
    // THEN no mean: NaN, failed
    assertThat(result.value()).as("mean of nothing").isNaN();
    assertThat(result.status()).as("status").isEqualTo(Status.FAILED);
  }
}
