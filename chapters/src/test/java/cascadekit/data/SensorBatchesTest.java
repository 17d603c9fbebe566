package cascadekit.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cascadekit.load.LoadResult;
import cascadekit.load.QuarantinedRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SensorBatchesTest {
  @Test
  void should_load_every_batch_without_quarantine() {
    // WHEN
    LoadResult<SensorReading> august = Datasets.sensorBatch(YearMonth.of(2023, 8));
    // THEN
    assertThat(august.reconciliation()).isEqualTo("150 rows read = 150 kept + 0 quarantined");
    assertThat(SensorBatches.months()).hasSize(12);
    assertThat(Datasets.sensorTraining().kept()).hasSize(3000);
  }

  @Test
  void should_quarantine_a_bad_value_with_its_line_and_column(@TempDir Path dir) throws Exception {
    // GIVEN a batch whose rows after the first have a pressure that is not a number, a NaN and a 1e309
    Path file = dir.resolve("batch.csv");
    Files.writeString(file, "timestamp,line,temperature_c,vibration_mm_s,pressure_kpa,humidity_pct,failure\n"
        + "2023-01-01T00:00:01,A,60.0,3.0,101.3,0.45,0\n"
        + "2023-01-01T00:00:02,B,61.0,3.1,n/a,0.44,1\n"
        + "2023-01-01T00:00:03,B,NaN,3.1,101.3,0.44,1\n"
        + "2023-01-01T00:00:04,B,61.0,1e309,101.3,0.44,1\n");
    // WHEN
    LoadResult<SensorReading> rows = SensorBatches.read(file);
    // THEN
    assertThat(rows.reconciliation()).isEqualTo("4 rows read = 1 kept + 3 quarantined");
    assertThat(rows.quarantined()).extracting(QuarantinedRow::line, QuarantinedRow::column)
        .containsExactly(tuple(3L, "pressure_kpa"), tuple(4L, "temperature_c"), tuple(5L, "vibration_mm_s"));
    assertThat(rows.quarantined().get(0).toString())
        .isEqualTo("line 3, column 'pressure_kpa': not a valid value in batch.csv (value 'n/a')");
    assertThat(rows.kept().get(0).features()).containsExactly(60.0, 3.0, 101.3, 0.45);
  }
}
