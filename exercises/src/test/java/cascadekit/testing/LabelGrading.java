package cascadekit.testing;

import cascadekit.data.CropSurvey;
import cascadekit.data.Datasets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * The capstone's answer key, read straight from {@code datasets/crop-survey} with Tablesaw (never
 * with the kit's loader): the truth, the agronomists' and the panel's labels, and
 * the two season batches; and the scores the tests report, each with the first rows missed.
 */
public final class LabelGrading {
  /** How many rows a failure message lists. */
  public static final int SHOWN = ManifestGrading.SHOWN;
  private static final Set<String> NUMBERS = Set.of("lat", "lon", "area", "yield", "fertiliser_kg", "rainfall_mm");

  private LabelGrading() {}

  /** Returns every true visit: the 17 columns typed, with season, file and label. */
  public static Table truth() {
    return read(CropSurvey.TRUTH);
  }

  /** Returns the true visits of season 1, the 17 columns only: the batch a gate must pass. */
  public static Table seasonOneTruth() {
    Table truth = truth();
    return truth.where(truth.intColumn("season").isEqualTo(1)).selectColumns(CropSurveyVisits.COLUMNS.toArray(String[]::new));
  }

  /** Returns season 2 as collected, missing codes read as missing, areas in ha and yields in kg. */
  public static Table seasonTwoBatch() {
    Table batch = CropSurveyVisits.season(2);
    convert(batch, "area", "area_unit", "acre", "ha", 1 / CropSurvey.ACRES_PER_HA);
    convert(batch, "yield", "yield_unit", "bag", "kg", CropSurvey.KG_PER_BAG);
    return batch;
  }

  /** Returns a labels file as text columns: {@code labels.csv} or {@code gold.csv}. */
  public static Table labelsFile(String file) {
    return Table.read().usingOptions(CsvReadOptions.builder(Datasets.path(file).toFile())
        .columnTypes(column -> ColumnType.STRING).missingValueIndicator());
  }

  /** Returns each true visit's label by visit id. */
  public static Map<String, String> truthLabels() {
    Table truth = truth();
    Map<String, String> labels = new LinkedHashMap<>();
    for (int row = 0; row < truth.rowCount(); row++) {
      labels.put(truth.stringColumn("visit_id").get(row), truth.stringColumn("label").get(row));
    }
    return labels;
  }

  /** Returns how many of {@code ids} {@code given} labels as {@code truth} does, and the first misses. */
  public static Score score(Map<String, String> given, Map<String, String> truth, Collection<String> ids) {
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
  public static String percent(double value) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * value);
  }

  /**
   * An accuracy over some rows and the first rows it got wrong.
   *
   * @param accuracy the share right
   * @param rows how many rows were scored
   * @param missed up to {@value #SHOWN} rows got wrong, each with what came back and the truth
   */
  public record Score(double accuracy, int rows, List<String> missed) {
    /** Returns the score as a sentence that names the first misses. */
    public String describe() {
      return percent(accuracy) + " of " + rows + " visits; first missed: " + missed;
    }
  }

  private static Table read(String file) {
    return Table.read().usingOptions(CsvReadOptions.builder(Datasets.path(file).toFile())
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
