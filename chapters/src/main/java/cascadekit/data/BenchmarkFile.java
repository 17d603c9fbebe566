package cascadekit.data;

import cascadekit.load.Column;
import cascadekit.load.ColumnType;
import cascadekit.load.Schema;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The benchmarks' seeded CSV: visit-like rows, 10 columns, about 2% of cells missing ("" or
 * "NA"). The profiling benchmark (chapter 03) and the validation benchmark (chapter 06) stream
 * the same file, so their times compare.
 */
public final class BenchmarkFile {
  /** The seed the benchmarks draw their file with. */
  public static final long SEED = 20240102;
  public static final List<String> HEADER = List.of("visit_id", "clinic", "visit_date", "age", "height_cm", "weight_kg", "sex",
      "diagnosis_code", "systolic_bp", "wait_min");
  /** The file's columns typed, with its two missing markers, for loading or streaming it. */
  public static final Schema SCHEMA = Schema.of(
          Column.of("visit_id", ColumnType.TEXT),
          Column.of("clinic", ColumnType.TEXT),
          Column.of("visit_date", ColumnType.DATE),
          Column.of("age", ColumnType.INTEGER),
          Column.of("height_cm", ColumnType.INTEGER),
          Column.of("weight_kg", ColumnType.DECIMAL),
          Column.of("sex", ColumnType.TEXT),
          Column.of("diagnosis_code", ColumnType.TEXT),
          Column.of("systolic_bp", ColumnType.INTEGER),
          Column.of("wait_min", ColumnType.DECIMAL))
      .missingMarkers("", "NA");
  private static final String[] CLINICS = {"Zürich", "São Paulo", "Kraków", "Ñuñoa", "Malmö", "Oslo"};
  private static final String[] CODES = {"J06.9", "I10", "Z00.0", "E11.9", "M54.5", "F41.1", "K21.9", "R51"};
  private static final LocalDate FIRST_DAY = LocalDate.of(2022, 1, 3);

  private BenchmarkFile() {}

  /** Writes {@code rows} rows drawn with {@code seed} to {@code file}. */
  public static void write(Path file, int rows, long seed) {
    Random random = new Random(seed);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(String.join(",", HEADER));
      out.newLine();
      for (int i = 1; i <= rows; i++) {
        boolean female = random.nextBoolean();
        double height = (female ? 163 : 177) + 7 * random.nextGaussian();
        out.write(String.format(Locale.ROOT, "R%07d,%s,%s,%s,%s,%s,%s,%s,%s,%s%n", i,
            CLINICS[random.nextInt(CLINICS.length)], FIRST_DAY.plusDays(random.nextInt(730)),
            missingOr(random, Integer.toString(18 + random.nextInt(75))),
            missingOr(random, String.format(Locale.ROOT, "%.0f", height)),
            missingOr(random, String.format(Locale.ROOT, "%.1f", 26 * height * height / 10_000 + 4 * random.nextGaussian())),
            missingOr(random, female ? "F" : "M"), missingOr(random, CODES[random.nextInt(CODES.length)]),
            missingOr(random, Integer.toString(110 + (int) Math.round(15 * random.nextGaussian()))),
            missingOr(random, String.format(Locale.ROOT, "%.2f", -20 * Math.log(1 - random.nextDouble())))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** Returns {@code value}, or a missing marker ("" or "NA") one time in fifty. */
  private static String missingOr(Random random, String value) {
    int draw = random.nextInt(100);
    return draw == 0 ? "" : draw == 1 ? "NA" : value;
  }
}
