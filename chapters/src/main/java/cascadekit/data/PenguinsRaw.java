package cascadekit.data;

import cascadekit.load.Column;
import cascadekit.load.ColumnType;
import cascadekit.load.Schema;

/** A schema for {@code penguins/penguins_raw.csv}, the Palmer penguins in their field and lab form. */
public final class PenguinsRaw {
  /** The dataset file, relative to {@code datasets/}. */
  public static final String FILE = "penguins/penguins_raw.csv";
  /** The column that says which island a penguin nested on. */
  public static final String ISLAND = "Island";
  /** The field season, e.g. PAL0708 for 2007/08. */
  public static final String SEASON = "studyName";
  /** The nitrogen isotope ratio of the blood sample: a diet marker, measured in a lab. */
  public static final String DELTA_15_N = "Delta 15 N (o/oo)";
  /** The carbon isotope ratio of the same blood sample. */
  public static final String DELTA_13_C = "Delta 13 C (o/oo)";

  private PenguinsRaw() {}

  /** Returns the schema: measurements as decimals, the egg date as a date, {@code NA} missing. */
  public static Schema schema() {
    return Schema.of(
            Column.of(SEASON, ColumnType.TEXT).required(),
            Column.of("Sample Number", ColumnType.INTEGER).required(),
            Column.of("Species", ColumnType.TEXT).required(),
            Column.of("Region", ColumnType.TEXT),
            Column.of(ISLAND, ColumnType.TEXT).required(),
            Column.of("Stage", ColumnType.TEXT),
            Column.of("Individual ID", ColumnType.TEXT),
            Column.of("Clutch Completion", ColumnType.TEXT),
            Column.of("Date Egg", ColumnType.DATE),
            Column.of("Culmen Length (mm)", ColumnType.DECIMAL),
            Column.of("Culmen Depth (mm)", ColumnType.DECIMAL),
            Column.of("Flipper Length (mm)", ColumnType.DECIMAL),
            Column.of("Body Mass (g)", ColumnType.DECIMAL),
            Column.of("Sex", ColumnType.TEXT),
            Column.of(DELTA_15_N, ColumnType.DECIMAL),
            Column.of(DELTA_13_C, ColumnType.DECIMAL),
            Column.of("Comments", ColumnType.TEXT))
        .missingMarkers("", "NA");
  }
}
