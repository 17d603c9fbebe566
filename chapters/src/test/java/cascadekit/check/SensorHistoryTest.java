package cascadekit.check;

import static org.assertj.core.api.Assertions.assertThat;

import cascadekit.data.Datasets;
import cascadekit.data.SensorBatches;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** Checks over time on the twelve sensor batches: each month's row count and mean pressure stored, then judged. */
class SensorHistoryTest {
  @TempDir Path dir;
  private MetricsRepository repo;

  @BeforeEach
  void storeEveryMonth() {
    repo = MetricsRepository.at(dir.resolve("sensor-metrics.jsonl"));
    for (YearMonth month : SensorBatches.months()) {
      Table batch = Datasets.sensorBatchTable(month);
      repo.append(month.toString(), List.of(
          MetricValue.ofTable("rows", batch.rowCount()),
          new MetricValue("mean", "pressure_kpa", batch.doubleColumn("pressure_kpa").mean())));
    }
  }

  @Test
  void should_flag_the_august_volume_drop_and_the_recovery_after_it_by_rate_of_change() {
    // GIVEN 1,000 rows a month but August's 150
    List<MetricPoint> rows = repo.history("rows", null);
    assertThat(rows).as("months stored").hasSize(12);
    // WHEN a month may halve or double its rows, no more
    List<Anomaly> anomalies = AnomalyCheck.relativeRateOfChange(0.5, 2.0).detect(rows);
    // THEN August (150 / 1000 = 0.15) and September (1000 / 150 = 6.7) are flagged
    assertThat(anomalies).extracting(Anomaly::batch).containsExactly("2023-08", "2023-09");
    assertThat(anomalies.get(0).toString())
        .isEqualTo("2023-08: 150 outside [500, 2000] (relative rate of change: 0.15 x 2023-07's 1000, allowed 0.5..2)");
  }

  @Test
  void should_not_flag_august_by_online_normal_with_only_seven_months_before_it() {
    // GIVEN / WHEN / THEN a point counts in its own mean and sd: after 7 equal months it is at most
    // sqrt(7) = 2.65 sd away, inside 3 sd. Deequ's default needs a longer history.
    assertThat(AnomalyCheck.onlineNormal().detect(repo.history("rows", null))).isEmpty();
  }

  @Test
  void should_flag_nothing_on_the_mean_pressure_which_no_defect_touched() {
    // GIVEN monthly means between 101.25 and 101.39 kPa
    List<MetricPoint> pressure = repo.history("mean", "pressure_kpa");
    // WHEN / THEN
    assertThat(AnomalyCheck.onlineNormal().detect(pressure)).as("online normal").isEmpty();
    assertThat(AnomalyCheck.relativeRateOfChange(0.5, 2.0).detect(pressure)).as("rate of change").isEmpty();
  }
}
