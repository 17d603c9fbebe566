package cascadekit.ch10;

import cascadekit.data.CropSurvey;
import cascadekit.data.Datasets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * The capstone's answer key, read straight from {@code datasets/crop-survey} with Tablesaw (never
 * with the kit's loader): the truth, the agronomists' and the panel's labels, the manifest, and
 * the two season batches; and the scores the tests report, each with the first rows missed.
 */
final class LabelGrading {
  static final List<String> VISIT_COLUMNS = List.of("visit_id", "plot_id", "district", "enumerator",
      "device_id", "visited_at", "lat", "lon", "area", "area_unit", "yield", "yield_unit", "fertiliser_kg",
      "seed_variety", "irrigated", "rainfall_mm", "treatment_after_diagnosis");
  static final Set<String> NUMBERS = Set.of("lat", "lon", "area", "yield", "fertiliser_kg", "rainfall_mm");
  static final int SHOWN = 10;

  private LabelGrading() {}

  /** Returns every true visit: the 17 columns typed, with season, file and label. */
  static Table truth() {
    return read(CropSurvey.TRUTH, "");
  }

  /** Returns the true visits of season 1, the 17 columns only: the batch a gate must pass. */
  static Table seasonOneTruth() {
    Table truth = truth();
    return truth.where(truth.intColumn("season").isEqualTo(1)).selectColumns(VISIT_COLUMNS.toArray(String[]::new));
  }

  /** Returns season 2 as collected, missing codes read as missing, areas in ha and yields in kg. */
  static Table seasonTwoBatch() {
    Table batch = read(CropSurvey.SEASON_2, "", "NA", "-99", "n/a");
    convert(batch, "area", "area_unit", "acre", "ha", 1 / CropSurvey.ACRES_PER_HA);
    convert(batch, "yield", "yield_unit", "bag", "kg", CropSurvey.KG_PER_BAG);
    return batch;
  }

  /** Returns a labels file as text columns: {@code labels.csv} or {@code gold.csv}. */
  static Table labelsFile(String file) {
    return Table.read().usingOptions(CsvReadOptions.builder(Datasets.path(file).toFile())
        .columnTypes(column -> ColumnType.STRING).missingValueIndicator());
  }

  /** Returns each true visit's label by visit id. */
  static Map<String, String> truthLabels() {
    Table truth = truth();
    Map<String, String> labels = new LinkedHashMap<>();
    for (int row = 0; row < truth.rowCount(); row++) {
      labels.put(truth.stringColumn("visit_id").get(row), truth.stringColumn("label").get(row));
    }
    return labels;
  }

  /** Returns the row ids the manifest lists under any of {@code defects}. */
  static Set<String> manifestIds(String... defects) {
    Table manifest = labelsFile(CropSurvey.MANIFEST);
    Set<String> ids = new TreeSet<>();
    for (int row = 0; row < manifest.rowCount(); row++) {
      if (List.of(defects).contains(manifest.stringColumn("defect").get(row))) {
        ids.add(manifest.stringColumn("row_id").get(row));
      }
    }
    return ids;
  }

  /** Returns how many of {@code ids} {@code given} labels as {@code truth} does, and the first misses. */
  static Score score(Map<String, String> given, Map<String, String> truth, Collection<String> ids) {
    int right = 0;
    List<String> missed = new ArrayList<>();
    for (String id : ids) {
      if (truth.get(id).equals(given.get(id))) {
        right++;
      } else if (missed.size() < SHOWN) {
        missed.add(id + " got " + given.get(id) + ", true " + truth.get(id));
      }
    }
    return new Score((double) right / ids.size(), ids.size(), missed);
  }

  /** Returns {@code value} as a percentage with one decimal, e.g. {@code 81.3%}. */
  static String percent(double value) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * value);
  }

  /**
   * An accuracy over some rows and the first rows it got wrong.
   *
   * @param accuracy the share right
   * @param rows how many rows were scored
   * @param missed up to {@value #SHOWN} rows got wrong, each with what came back and the truth
   */
  record Score(double accuracy, int rows, List<String> missed) {
    /** Returns the score as a sentence that names the first misses. */
    String describe() {
      return percent(accuracy) + " of " + rows + " visits; first missed: " + missed;
    }
  }

  private static Table read(String file, String... missing) {
    return Table.read().usingOptions(CsvReadOptions.builder(Datasets.path(file).toFile())
        .missingValueIndicator(missing)
        .columnTypes(LabelGrading::typeOf));
  }

  private static ColumnType typeOf(String column) {
    if (NUMBERS.contains(column)) {
      return ColumnType.DOUBLE;
    }
    return switch (column) {
      case "visited_at" -> ColumnType.LOCAL_DATE_TIME;
      case "season" -> ColumnType.INTEGER;
      default -> ColumnType.STRING;
    };
  }

  private static void convert(Table batch, String value, String unit, String from, String to, double factor) {
    DoubleColumn values = batch.doubleColumn(value);
    StringColumn units = batch.stringColumn(unit);
    for (int row = 0; row < batch.rowCount(); row++) {
      if (from.equals(units.get(row)) && !values.isMissing(row)) {
        values.set(row, values.getDouble(row) * factor);
        units.set(row, to);
      }
    }
  }
}
