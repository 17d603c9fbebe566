package cascadekit.data.synth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes {@code sensor-batches}: three months of training data ({@code training.csv}, Oct-Dec
 * 2022), twelve monthly serving batches ({@code batches/2023-MM.csv}) and a manifest of what was
 * injected, month by month ({@code manifest.csv}). See {@link SensorSampler} for the drift; here:
 * the May batch goes stale, August's volume drops, and serving logs humidity as a fraction where
 * training logged percent.
 */
public final class SensorBatchesGenerator implements DatasetGenerator {
  static final int TRAINING_ROWS = 3000;
  static final int BATCH_ROWS = 1000;
  static final int DROPPED_ROWS = 150;
  static final YearMonth STALE = YearMonth.of(2023, 5);
  static final YearMonth VOLUME_DROP = YearMonth.of(2023, 8);
  static final int STALE_FROM_ROW = 100;

  @Override
  public String name() {
    return "sensor-batches";
  }

  @Override
  public void write(Path folder, long seed) throws IOException {
    SensorSampler sampler = new SensorSampler(new Draw(new Random(seed)));
    LocalDateTime trainingStart = LocalDateTime.of(2022, 10, 1, 0, 0);
    long trainingSeconds = ChronoUnit.SECONDS.between(trainingStart, trainingStart.plusMonths(3));
    CsvFiles.write(
        folder.resolve("training.csv"),
        SensorSampler.HEADER,
        sampler.rows(YearMonth.of(2022, 10), trainingStart, trainingSeconds, TRAINING_ROWS, false));
    Files.createDirectories(folder.resolve("batches"));
    SensorManifest manifest = new SensorManifest();
    for (int m = 1; m <= 12; m++) {
      YearMonth month = YearMonth.of(2023, m);
      LocalDateTime start = month.atDay(1).atStartOfDay();
      long seconds = ChronoUnit.SECONDS.between(start, start.plusMonths(1));
      int n = month.equals(VOLUME_DROP) ? DROPPED_ROWS : BATCH_ROWS;
      List<List<String>> rows = sampler.rows(month, start, seconds, n, true);
      if (month.equals(STALE)) {
        rows = stale(rows);
      }
      manifest.count(month, rows);
      CsvFiles.write(folder.resolve("batches").resolve(month + ".csv"), SensorSampler.HEADER, rows);
    }
    CsvFiles.write(folder.resolve("manifest.csv"), SensorManifest.HEADER, manifest.rows());
  }

  /** Returns the rows with the timestamp stuck, from row {@link #STALE_FROM_ROW} on. */
  private static List<List<String>> stale(List<List<String>> rows) {
    String stuck = rows.get(STALE_FROM_ROW).get(0);
    List<List<String>> out = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      List<String> row = new ArrayList<>(rows.get(r));
      if (r > STALE_FROM_ROW) {
        row.set(0, stuck);
      }
      out.add(row);
    }
    return out;
  }
}
