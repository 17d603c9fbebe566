package cascadekit.data.synth;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The columns of the {@code crop-survey} visit files, in file order; truth adds three more. */
enum CropColumn {
  VISIT_ID,
  PLOT_ID,
  DISTRICT,
  ENUMERATOR,
  DEVICE_ID,
  VISITED_AT,
  LAT,
  LON,
  AREA,
  AREA_UNIT,
  YIELD,
  YIELD_UNIT,
  FERTILISER_KG,
  SEED_VARIETY,
  IRRIGATED,
  RAINFALL_MM,
  TREATMENT_AFTER_DIAGNOSIS;

  /** The columns {@code truth.csv} adds after the visit columns. */
  static final List<String> TRUTH_EXTRA = List.of("season", "file", "label");

  /** Returns the column's header name, e.g. {@code rainfall_mm}. */
  String header() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Returns this column's value in {@code row}. */
  String of(List<String> row) {
    return row.get(ordinal());
  }

  /** Returns the visit files' header. */
  static List<String> headers() {
    return Arrays.stream(values()).map(CropColumn::header).toList();
  }
}
