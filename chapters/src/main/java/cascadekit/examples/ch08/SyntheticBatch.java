package cascadekit.examples.ch08;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a large seeded serving batch in the {@code sensor-batches} format, for the benchmark:
 * a month of readings, about 2.7 seconds apart, with the drift of late 2023 (temperature 3
 * degrees high, doubled vibration spread, line D, humidity as a fraction).
 */
final class SyntheticBatch {
  private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
  private static final String[] LINES = {"A", "B", "C", "D"};

  private SyntheticBatch() {}

  /** Writes {@code rows} readings drawn with {@code seed} to {@code file} and returns it. */
  static Path write(Path file, int rows, long seed) {
    Random random = new Random(seed);
    LocalDateTime start = LocalDateTime.of(2024, 1, 1, 0, 0);
    double step = 31.0 * 24 * 3600 / rows;
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("timestamp,line,temperature_c,vibration_mm_s,pressure_kpa,humidity_pct,failure\n");
      for (int i = 0; i < rows; i++) {
        LocalDateTime at = start.plusSeconds((long) (i * step));
        double temperature = 63 + 5 * random.nextGaussian();
        double vibration = Math.max(0, 3 + 1.6 * random.nextGaussian());
        out.write(String.format(Locale.ROOT, "%s,%s,%.2f,%.3f,%.2f,%.3f,%d%n",
            TIMESTAMP.format(at), LINES[random.nextInt(LINES.length)], temperature, vibration,
            101.3 + 2 * random.nextGaussian(), Math.max(0.1, Math.min(0.9, 0.45 + 0.08 * random.nextGaussian())),
            random.nextDouble() < 0.2 ? 1 : 0));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    return file;
  }
}
