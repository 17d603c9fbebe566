package cascadekit.examples.ch10;

import cascadekit.data.CropSurvey;
import cascadekit.data.Datasets;
import cascadekit.load.Column;
import cascadekit.load.ColumnType;
import cascadekit.load.CsvLoader;
import cascadekit.load.Dialect;
import cascadekit.load.DomainRange;
import cascadekit.load.Loaded;
import cascadekit.load.Schema;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * The load stage: each visit file read strictly in its tool's dialect (tool B: semicolons,
 * Windows-1252, {@code dd/MM/uuuu HH:mm}), the tools' missing codes ({@code ""}, {@code NA},
 * {@code n/a}, {@code -99}) read as missing, mojibake repaired in the names, then every row that
 * cannot be real quarantined with its reason.
 *
 * @param files what loading each file gave, in the order read
 * @param table every kept row of the files, in visit order
 */
record CropLoading(List<Loaded> files, Table table) {
  /** Ranges known before the data: a plot has an area, a harvest fits a smallholding, a GPS fix the region. */
  static final List<DomainRange> REAL = List.of(
      new DomainRange("area", 0.01, 100, "a smallholding's area, in ha or acres"),
      new DomainRange("yield", 0, 20_000, "a smallholding's harvest: under 5 ha at under 4 t/ha"),
      new DomainRange("lat", 5.5, 8.5, "the survey region"),
      new DomainRange("lon", -7.5, -4.5, "the survey region"));

  /** The columns every tool writes, typed; the names may come through as mojibake. */
  static final List<Column> COLUMNS = List.of(
      Column.of("visit_id", ColumnType.TEXT).required(),
      Column.of("plot_id", ColumnType.TEXT).required(),
      Column.of("district", ColumnType.TEXT).repairingMojibake(),
      Column.of("enumerator", ColumnType.TEXT).repairingMojibake(),
      Column.of("device_id", ColumnType.TEXT),
      Column.of("visited_at", ColumnType.DATETIME).required(),
      Column.of("lat", ColumnType.DECIMAL),
      Column.of("lon", ColumnType.DECIMAL),
      Column.of("area", ColumnType.DECIMAL),
      Column.of("area_unit", ColumnType.TEXT).allowing("ha", "acre"),
      Column.of("yield", ColumnType.DECIMAL),
      Column.of("yield_unit", ColumnType.TEXT).allowing("kg", "bag"),
      Column.of("fertiliser_kg", ColumnType.INTEGER),
      Column.of("seed_variety", ColumnType.TEXT),
      Column.of("irrigated", ColumnType.TEXT).allowing("yes", "no"),
      Column.of("rainfall_mm", ColumnType.INTEGER),
      Column.of("treatment_after_diagnosis", ColumnType.TEXT));

  /** The codes the tools write for "no value"; {@code -99} is a number to a parser, so only a schema can say it. */
  static final List<String> MISSING = List.of("", "NA", "n/a", "-99");

  /** The files of season 1: tool A's, then tool B's. */
  static final List<String> SEASON_ONE = List.of(CropSurvey.SEASON_1_TOOL_A, CropSurvey.TOOL_B);

  /** Returns the season-2 file loaded with every rule. */
  static CropLoading seasonTwo() {
    return of(List.of(CropSurvey.SEASON_2), MISSING, true);
  }

  /** Returns the schema of {@code file}: tool B's writes its timestamps as {@link CropSurvey#TOOL_B_TIME}. */
  static Schema schema(String file, List<String> missing) {
    Schema schema = Schema.of(COLUMNS.toArray(Column[]::new)).missingMarkers(missing.toArray(String[]::new));
    return file.equals(CropSurvey.TOOL_B) ? schema.datePatterns(CropSurvey.TOOL_B_TIME) : schema;
  }

  /** Returns the dialect of {@code file}: its delimiter sniffed, its charset as its tool writes. */
  static Dialect dialect(String file) {
    Charset charset = file.equals(CropSurvey.TOOL_B) ? CropSurvey.toolB().charset() : StandardCharsets.UTF_8;
    return Dialect.csv().delimiter(Dialect.sniff(Datasets.path(file), charset).delimiter()).charset(charset);
  }

  /**
   * Returns {@code files} (paths under {@code datasets/}) loaded and appended in visit order, reading
   * {@code missing} as missing and, if {@code quarantineImpossible}, quarantining rows outside {@link #REAL}.
   */
  static CropLoading of(List<String> files, List<String> missing, boolean quarantineImpossible) {
    List<Loaded> loaded = new ArrayList<>();
    Table all = null;
    for (String file : files) {
      Loaded one = CsvLoader.of(schema(file, missing)).dialect(dialect(file)).load(Datasets.path(file));
      for (DomainRange range : quarantineImpossible ? REAL : List.<DomainRange>of()) {
        one = range.quarantine(one);
      }
      loaded.add(one);
      all = all == null ? one.table().copy() : all.append(one.table());
    }
    return new CropLoading(loaded, all.sortAscendingOn("visit_id").setName("visits"));
  }

  /** Returns the rows read in all files. */
  long read() {
    return files.stream().mapToLong(f -> f.result().rowsRead()).sum();
  }

  /** Returns the rows quarantined in all files. */
  long quarantined() {
    return files.stream().mapToLong(f -> f.result().quarantined().size()).sum();
  }
}
