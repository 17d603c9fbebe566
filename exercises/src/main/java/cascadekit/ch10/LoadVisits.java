package cascadekit.ch10;

import cascadekit.load.Loaded;
import java.nio.file.Path;

/**
 * Exercise 10.load-visits: a season's tool files, each in its own dialect, into one table.
 *
 * <p>Enumerators surveyed maize plots in five districts of Côte d'Ivoire on two tablet tools.
 * Tool A writes {@code tool-a.csv}: commas, UTF-8, ISO times. Tool B writes {@code tool-b.csv}:
 * semicolons, Windows-1252, times as {@code dd/MM/uuuu HH:mm} ({@code CropSurvey.toolB()},
 * {@code CropSurvey.TOOL_B_TIME}). Both have the same 17 columns; both write "no value" four
 * ways: empty, {@code NA}, {@code n/a} and {@code -99}. The datasheet says every plot lies inside
 * latitude 5.5 to 8.5 and longitude -7.5 to -4.5, and maize here yields 0.5 to 6 t/ha.
 * Use the toolbox ({@code CsvLoader}, {@code Schema}, {@code Dialect}); the choices are yours.
 *
 * <p>Task 1. Load every tool file of {@code seasonFolder} into ONE table of the 17 columns:
 * the six numbers as numeric columns, {@code visited_at} as a date-time column. Nothing lost:
 * {@code result().rowsRead()} counts every data row of the files. Graded: all 1,719 rows of
 * season 1 read, every tool-B time and every tool-B accented name equal to the truth.
 * <pre>{@code
 * CS00001 in tool-b.csv, visited_at "08/04/2024 07:05"   // => 2024-04-08T07:05 (8 April, day first)
 * }</pre>
 *
 * <p>Task 2. Read the four missing codes as missing values. Graded: every cell the manifest
 * lists as missing_empty, missing_na, missing_not_applicable or missing_sentinel is missing.
 * <pre>{@code
 * CS00008 in tool-b.csv, rainfall_mm "-99"   // => missing, not -99.0
 * }</pre>
 *
 * <p>Task 3. Quarantine each row that cannot be a real visit, with its reason: a GPS point
 * outside the region (a point on its edge is inside), an area that is not positive, a yield no
 * field gives (in kg per ha, whatever units the row is written in), a time that is no date
 * ({@code 31/02/2024}). Read only the tool files ({@code tool-a.csv}, {@code tool-b.csv}) of the
 * folder. A small season made by the test checks each rule once. Graded over both
 * seasons: at least 95% of the 32 such rows quarantined (the reference: 100%; checking the
 * latitude alone: 81%), and no other row (a row with a missing value is a good row).
 * <pre>{@code
 * CS00298, lat -7.75252   // => quarantined: "tool-a.csv: GPS point outside the survey region"
 * }</pre>
 */
public final class LoadVisits {
  private LoadVisits() {}

  /** Returns every tool file of {@code seasonFolder} in one table; impossible rows quarantined. */
  public static Loaded load(Path seasonFolder) {
    // TODO: tasks 1-3: load each file in its dialect, append the rows, quarantine the impossible.
    throw new UnsupportedOperationException(
        "10.load-visits: LoadVisits.load is not written yet; do task 1, then ./kit check 10.load-visits");
  }
}
