package cascadekit.data.synth;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The columns of {@code clinic-visits/visits.csv}, in file order. */
enum VisitColumn {
  VISIT_ID,
  PATIENT_ID,
  NAME,
  VISIT_DATE,
  AGE,
  HEIGHT_CM,
  WEIGHT_KG,
  SEX,
  DIAGNOSIS_CODE,
  CLINIC,
  NOTES;

  /** Returns the column's header name, e.g. {@code height_cm}. */
  String header() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Returns this column's value in {@code row}. */
  String of(List<String> row) {
    return row.get(ordinal());
  }

  /** Returns the file's header. */
  static List<String> headers() {
    return Arrays.stream(values()).map(VisitColumn::header).toList();
  }
}
