package cascadekit.ch10;

import static org.assertj.core.api.Assertions.assertThat;

import cascadekit.data.CropSurvey;
import cascadekit.data.Datasets;
import cascadekit.load.Loaded;
import cascadekit.testing.CropSurveyVisits;
import cascadekit.testing.ManifestGrading;
import cascadekit.testing.ManifestGrading.Defect;
import cascadekit.testing.ManifestGrading.Detection;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

@DisplayName("10.load-visits: a season's tool files, each in its own dialect, into one table")
class LoadVisitsTest {
  private static final Path SEASON_1 = Datasets.path(CropSurvey.TOOL_B).getParent();
  private static final Path SEASON_2 = Datasets.path(CropSurvey.SEASON_2).getParent();
  private static final List<String> NUMBERS = List.of("lat", "lon", "area", "yield", "fertiliser_kg", "rainfall_mm");

  @Test
  @Tag("task:1")
  @DisplayName("both tool files of season 1 load into one typed table of the 17 columns, no row lost")
  void oneTypedTable() {
    Loaded loaded = LoadVisits.load(SEASON_1);
    int raw = ManifestGrading.rawIds(CropSurvey.SEASON_1_TOOL_A).size() + ManifestGrading.rawIds(CropSurvey.TOOL_B).size();
    assertThat(loaded).as("LoadVisits.load(season1) returned null").isNotNull();
    assertThat(loaded.result().rowsRead()).as("rows read from tool-a.csv and tool-b.csv together").isEqualTo(raw);
    Table table = loaded.table();
    assertThat(table.rowCount()).as("the table holds the kept rows: result().kept() and table() must agree")
        .isEqualTo(loaded.result().kept().size());
    assertThat(table.columnNames()).as("the table's columns").containsExactlyInAnyOrderElementsOf(CropSurveyVisits.COLUMNS);
    for (String number : NUMBERS) {
      assertThat(table.column(number)).as("column %s holds numbers, so it must be a numeric column, not %s",
          number, table.column(number).type()).isInstanceOf(NumericColumn.class);
    }
    assertThat(table.column("visited_at").type().name()).as("visited_at must be a date-time column").isEqualTo("LOCAL_DATE_TIME");
  }

  @Test
  @Tag("task:1")
  @DisplayName("season 2, one tool file, loads through the same method")
  void secondSeason() {
    Loaded loaded = LoadVisits.load(SEASON_2);
    assertThat(loaded).as("LoadVisits.load(season2) returned null").isNotNull();
    assertThat(loaded.result().rowsRead()).as("rows read from season2/tool-a.csv")
        .isEqualTo(ManifestGrading.rawIds(CropSurvey.SEASON_2).size());
  }

  @Test
  @Tag("task:1")
  @DisplayName("every tool-B visit time is the time in the truth: dd/MM/uuuu HH:mm read as day first")
  void toolBTimes() {
    Table table = LoadVisits.load(SEASON_1).table();
    List<String> wrong = new ArrayList<>();
    List<Defect> times = ManifestGrading.manifest("date_format");
    int compared = 0;
    for (Defect d : times) {
      Object got = valueOf(table, d.rowId(), "visited_at");
      compared += got == null ? 0 : 1;
      if (got != null && !got.equals(LocalDateTime.parse(d.cleanValue()))) {
        wrong.add(d.rowId() + " " + got + " (truth " + d.cleanValue() + ")");
      }
    }
    assertThat(compared).as("tool-B visits in the table with a visit time, of %d", times.size())
        .isGreaterThanOrEqualTo(times.size() * 95 / 100);
    assertThat(wrong).as("tool-B visits whose visited_at differs from the truth: %s", ManifestGrading.first(wrong)).isEmpty();
  }

  @Test
  @Tag("task:1")
  @DisplayName("every accented name of tool B reads as written: it is Windows-1252, not UTF-8")
  void toolBAccents() {
    Table table = LoadVisits.load(SEASON_1).table();
    List<String> wrong = new ArrayList<>();
    List<Defect> accented = ManifestGrading.manifest("encoding_windows_1252");
    int compared = 0;
    for (Defect d : accented) {
      Object got = valueOf(table, d.rowId(), d.column());
      compared += got == null ? 0 : 1;
      if (got != null && !got.equals(d.cleanValue())) {
        wrong.add(d.rowId() + " " + d.column() + " '" + got + "' (truth '" + d.cleanValue() + "')");
      }
    }
    assertThat(compared).as("accented tool-B cells in the table, of %d", accented.size())
        .isGreaterThanOrEqualTo(accented.size() * 95 / 100);
    assertThat(wrong).as("tool-B cells decoded wrong: %s", ManifestGrading.first(wrong)).isEmpty();
  }

  @Test
  @Tag("task:2")
  @DisplayName("the four missing codes (empty, NA, n/a, -99) load as missing values, in both seasons")
  void missingCodes() {
    Table one = LoadVisits.load(SEASON_1).table();
    Table two = LoadVisits.load(SEASON_2).table();
    List<String> notMissing = new ArrayList<>();
    for (Defect d : ManifestGrading.manifest("missing_empty", "missing_na", "missing_sentinel", "missing_not_applicable")) {
      Table table = rowOf(one, d.rowId()) >= 0 ? one : two;
      int row = rowOf(table, d.rowId());
      if (row >= 0 && !table.column(d.column()).isMissing(row)) {
        notMissing.add(d.rowId() + " " + d.column() + " = " + table.column(d.column()).getString(row) + " (" + d.kind() + ")");
      }
    }
    assertThat(notMissing).as("cells coded missing that loaded as values (%d): %s", notMissing.size(),
        ManifestGrading.first(notMissing)).isEmpty();
  }

  @Test
  @Tag("task:3")
  @DisplayName("rows that cannot be real are quarantined: at least 95% of them, and no good row")
  void impossibleRowsQuarantined() {
    Set<String> quarantined = new TreeSet<>();
    for (Path season : List.of(SEASON_1, SEASON_2)) {
      Loaded loaded = LoadVisits.load(season);
      Set<String> kept = new HashSet<>(loaded.table().stringColumn("visit_id").asList());
      files(season).forEach(file -> ManifestGrading.rawIds(file).stream().filter(id -> !kept.contains(id)).forEach(quarantined::add));
      assertThat(loaded.result().quarantined()).as("%s: result().quarantined() must list each row missing from the table",
          season.getFileName()).hasSize((int) loaded.result().rowsRead() - loaded.table().rowCount());
      assertThat(loaded.result().quarantined()).as("every quarantined row needs a reason")
          .allSatisfy(q -> assertThat(q.reason()).as("reason of %s", q).isNotBlank());
    }
    Detection score = new Detection(quarantined,
        ManifestGrading.ids("impossible_negative_area", "impossible_yield", "gps_outside_region"));
    String report = score.report("rows quarantined vs impossible_negative_area, impossible_yield, gps_outside_region");
    assertThat(score.recall()).as(report).isGreaterThanOrEqualTo(0.95);
    assertThat(score.wronglyFlagged()).as("good rows quarantined; " + report).isEmpty();
  }

  private static List<String> files(Path season) {
    return season.equals(SEASON_1) ? List.of(CropSurvey.SEASON_1_TOOL_A, CropSurvey.TOOL_B) : List.of(CropSurvey.SEASON_2);
  }

  private static int rowOf(Table table, String id) {
    return table.stringColumn("visit_id").asList().indexOf(id);
  }

  private static Object valueOf(Table table, String id, String column) {
    int row = rowOf(table, id);
    return row < 0 || table.column(column).isMissing(row) ? null : table.column(column).get(row);
  }
}
