package cascadekit.examples.ch02;

import cascadekit.load.Column;
import cascadekit.load.ColumnType;
import cascadekit.load.Schema;
import java.util.List;

/** The declared schema of {@code clinic-visits/visits.csv}, as chapter 02 writes it. */
public final class ClinicVisits {
  /** The dataset file, relative to {@code datasets/}. */
  public static final String FILE = "clinic-visits/visits.csv";

  /** The six clinics that exist. */
  public static final List<String> CLINICS = List.of("Zürich", "São Paulo", "Kraków", "Ñuñoa", "Malmö", "Oslo");

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
            Column.of("clinic", ColumnType.TEXT).required().allowing(CLINICS.toArray(new String[0])).repairingMojibake(),
            Column.of("notes", ColumnType.TEXT))
        .missingMarkers("", "NA", "-999", "unknown")
        .datePatterns("uuuu-MM-dd", "dd.MM.uuuu", "d MMM uuuu", "uuuu/MM/dd");
  }
}
