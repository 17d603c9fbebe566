package cascadekit.data;

import cascadekit.load.Column;
import cascadekit.load.ColumnType;
import cascadekit.load.Schema;
import java.util.List;

/**
 * The clinic-visits dataset: its files, the schema chapter 02 declares for them and the schema
 * of its defect manifest. {@link Datasets#clinicVisits()} loads it.
 *
 * <pre>{@code
 * Loaded visits = CsvLoader.of(ClinicVisits.schema()).load(Datasets.path(ClinicVisits.FILE));
 * }</pre>
 */
public final class ClinicVisits {
  /** The dirty visits, relative to {@code datasets/}. */
  public static final String FILE = "clinic-visits/visits.csv";

  /** The same visits before any defect was injected, relative to {@code datasets/}. */
  public static final String CLEAN_FILE = "clinic-visits/visits_clean.csv";

  /** The defect manifest: which rows carry which injected defect, relative to {@code datasets/}. */
  public static final String MANIFEST = "clinic-visits/manifest.csv";

  /** The six clinics that exist. */
  public static final List<String> CLINICS =
      List.of("Zürich", "São Paulo", "Kraków", "Ñuñoa", "Malmö", "Oslo");

  private ClinicVisits() {}

  /** Returns the schema: ids and dates required, numbers typed, clinics from a closed list. */
  public static Schema schema() {
    return Schema.of(
            Column.of("visit_id", ColumnType.TEXT).required(),
            Column.of("patient_id", ColumnType.TEXT).required(),
            Column.of("name", ColumnType.TEXT).repairingMojibake(),
            Column.of("visit_date", ColumnType.DATE).required(),
            Column.of("age", ColumnType.INTEGER),
            Column.of("height_cm", ColumnType.DECIMAL),
            Column.of("weight_kg", ColumnType.DECIMAL),
            Column.of("sex", ColumnType.TEXT),
            Column.of("diagnosis_code", ColumnType.TEXT),
            Column.of("clinic", ColumnType.TEXT)
                .required()
                .allowing(CLINICS.toArray(new String[0]))
                .repairingMojibake(),
            Column.of("notes", ColumnType.TEXT))
        .missingMarkers("", "NA", "-999", "unknown")
        .datePatterns("uuuu-MM-dd", "dd.MM.uuuu", "d MMM uuuu", "uuuu/MM/dd");
  }

  /** Returns the manifest's schema: a row id, the column (empty for a whole row), the defect. */
  public static Schema manifestSchema() {
    return Schema.of(
        Column.of("row_id", ColumnType.TEXT).required(),
        Column.of("column", ColumnType.TEXT),
        Column.of("defect", ColumnType.TEXT).required(),
        Column.of("clean_value", ColumnType.TEXT));
  }
}
