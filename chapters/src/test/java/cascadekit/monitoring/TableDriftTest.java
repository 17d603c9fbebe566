package cascadekit.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import cascadekit.data.Datasets;
import cascadekit.data.SensorReading;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** A current table scored against a reference table, column by column. */
class TableDriftTest {
  private static final YearMonth JULY = YearMonth.of(2023, 7);

  @Test
  void should_score_numeric_columns_by_psi_and_ks_and_text_columns_by_chi_square_and_js() {
    // GIVEN a reference of x = 1..10 (decile edges 2..10, one value per bin) and lines 5 A, 5 B
    double[] referenceX = IntStream.rangeClosed(1, 10).asDoubleStream().toArray();
    Table reference = table("reference", referenceX, repeat("A", 5, "B", 5));
    // AND a current of twenty: x = 1 three times, 2..9 twice, 10 once; every line A
    double[] currentX = DoubleStream.concat(
            DoubleStream.of(1, 1, 1, 10), IntStream.rangeClosed(2, 9).asDoubleStream().flatMap(v -> DoubleStream.of(v, v)))
        .toArray();
    Table current = table("current", currentX, repeat("A", 20, "B", 0));
    // WHEN the current table is compared with the reference
    List<ColumnDrift> drift = TableDrift.compare(reference, current);
    // THEN PSI: shares 0.15 and 0.05 in the end bins against 0.1, so 0.05 ln 1.5 - 0.05 ln 0.5 = 0.05 ln 3
    // AND KS: the current ECDF runs 0.05 above the reference's from 1 to 9, so D = 0.05
    // AND chi-square over (5, 5) against (20, 0): expected (8.33, 1.67, 16.67, 3.33), sum 12
    // AND JS: p = (0.5, 0.5), q = (1, 0): KL(p||m) = 0.207519, KL(q||m) = 0.415037, sqrt of the mean
    double ks = new KolmogorovSmirnovTest().kolmogorovSmirnovStatistic(referenceX, currentX);
    double chi = new ChiSquareTest().chiSquareDataSetsComparison(new long[] {5, 5}, new long[] {20, 0});
    assertThat(ks).isCloseTo(0.05, within(1e-12));
    assertThat(chi).isCloseTo(12.0, within(1e-12));
    assertThat(drift)
        .extracting(ColumnDrift::column, ColumnDrift::metric)
        .containsExactly(
            tuple("x", "psi"), tuple("x", "ks"), tuple("line", "chi_square"), tuple("line", "jensen_shannon"));
    assertThat(drift.get(0).score()).isCloseTo(0.05 * Math.log(3), within(1e-12));
    assertThat(drift.get(1).score()).isCloseTo(ks, within(1e-12));
    assertThat(drift.get(2).score()).isCloseTo(chi, within(1e-9));
    assertThat(drift.get(3).score()).isCloseTo(Math.sqrt((0.207519 + 0.415037) / 2), within(1e-6));
  }

  @Test
  void should_give_the_same_scores_from_tables_as_from_readings_on_a_real_batch() {
    // GIVEN the training window and July's batch, as readings and as tables
    List<SensorReading> training = Datasets.sensorTraining().kept();
    List<SensorReading> july = Datasets.sensorBatch(JULY).kept();
    // WHEN July is checked as a table by one monitor and reading by reading by another
    MonthScores fromTable =
        DriftMonitor.of(Datasets.sensorTrainingTable(), Thresholds.DEFAULT)
            .check(JULY, Datasets.sensorBatchTable(JULY))
            .scores();
    DriftMonitor byReading = DriftMonitor.of(training, Thresholds.DEFAULT);
    BatchWindow window = byReading.window(JULY);
    july.forEach(window::add);
    MonthScores fromReadings = byReading.check(window).scores();
    // THEN every score is identical, and the table comparison reports the same PSI, KS, chi-square and JS
    assertThat(fromTable).isEqualTo(fromReadings);
    List<ColumnDrift> drift = TableDrift.compare(Datasets.sensorTrainingTable(), Datasets.sensorBatchTable(JULY));
    for (String column : SensorReading.NUMERIC) {
      assertThat(drift)
          .contains(
              new ColumnDrift(column, "psi", fromReadings.numeric(column).psi()),
              new ColumnDrift(column, "ks", fromReadings.numeric(column).ksStatistic()));
    }
    assertThat(drift)
        .contains(
            new ColumnDrift(SensorReading.CATEGORY, "chi_square", fromReadings.line().chiSquare()),
            new ColumnDrift(SensorReading.CATEGORY, "jensen_shannon", fromReadings.line().jensenShannon()));
  }

  private static Table table(String name, double[] x, String[] lines) {
    return Table.create(name, DoubleColumn.create("x", x), StringColumn.create("line", lines));
  }

  private static String[] repeat(String first, int firstTimes, String second, int secondTimes) {
    return Stream.concat(Stream.generate(() -> first).limit(firstTimes), Stream.generate(() -> second).limit(secondTimes))
        .toArray(String[]::new);
  }
}
