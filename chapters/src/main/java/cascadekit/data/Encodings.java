package cascadekit.data;

import cascadekit.load.Column;
import cascadekit.load.ColumnType;
import cascadekit.load.Schema;

/**
 * The {@code encodings} dataset: one small table of clinic cities in four encodings, and broken
 * CSV files in {@code malformed/}. {@link Datasets#encodings(String, java.nio.charset.Charset)}
 * loads a file of it with {@link #schema()}.
 *
 * <pre>{@code
 * Loaded cities = Datasets.encodings(Encodings.WINDOWS_1252, Charset.forName("windows-1252"));
 * Loaded ragged = Datasets.encodings(Encodings.MALFORMED + "ragged-rows.csv", UTF_8);
 * }</pre>
 */
public final class Encodings {
  /** The folder under {@code datasets/}. */
  public static final String FOLDER = "encodings";

  /** The table as UTF-8 with a byte-order mark, relative to {@link #FOLDER}. */
  public static final String UTF8_BOM = "cities-utf8-bom.csv";

  /** The table as Windows-1252, relative to {@link #FOLDER}. */
  public static final String WINDOWS_1252 = "cities-windows-1252.csv";

  /** The folder of broken files, relative to {@link #FOLDER}. */
  public static final String MALFORMED = "malformed/";

  private Encodings() {}

  /** Returns the cities' schema: id, city and country required, counts and waits typed. */
  public static Schema schema() {
    return Schema.of(
        Column.of("id", ColumnType.INTEGER).required(),
        Column.of("city", ColumnType.TEXT).required(),
        Column.of("country", ColumnType.TEXT).required(),
        Column.of("manager", ColumnType.TEXT),
        Column.of("visits", ColumnType.INTEGER),
        Column.of("mean_wait_min", ColumnType.DECIMAL));
  }
}
