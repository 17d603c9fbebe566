package cascadekit.ch10;

import static org.assertj.core.api.Assertions.assertThat;

import cascadekit.data.CropSurvey;
import cascadekit.data.Datasets;
import cascadekit.load.Loaded;
import cascadekit.testing.CropSurveyVisits;
import cascadekit.testing.ManifestGrading;
import cascadekit.testing.ManifestGrading.Defect;
import cascadekit.testing.ManifestGrading.Detection;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
    assertToolBCells("date_format", LocalDateTime::parse, "tool-B visits with the wrong visited_at");
  }

  @Test
  @Tag("task:1")
  @DisplayName("every accented name of tool B reads as written: it is Windows-1252, not UTF-8")
  void toolBAccents() {
    assertToolBCells("encoding_windows_1252", text -> text, "tool-B names decoded wrong");
  }

  /** Asserts that 95% of the cells of defect {@code kind} are in the table, each equal to its clean value. */
  private static void assertToolBCells(String kind, Function<String, Object> clean, String what) {
    Table table = LoadVisits.load(SEASON_1).table();
    List<String> wrong = new ArrayList<>();
    List<Defect> cells = ManifestGrading.manifest(kind);
    int compared = 0;
    for (Defect d : cells) {
      Object got = valueOf(table, d.rowId(), d.column());
      compared += got == null ? 0 : 1;
      if (got != null && !got.equals(clean.apply(d.cleanValue()))) {
        wrong.add(d.rowId() + " " + d.column() + " '" + got + "' (truth '" + d.cleanValue() + "')");
      }
    }
    assertThat(compared).as("only %d of the %d %s cells of tool B are in the table: rows quarantined, or values"
        + " missing?", compared, cells.size(), kind).isGreaterThanOrEqualTo(cells.size() * 95 / 100);
    assertThat(wrong.size()).as("%s: %s", what, ManifestGrading.first(wrong)).isZero();
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
    assertThat(notMissing.size()).as("cells coded missing that loaded as values: %s",
        ManifestGrading.first(notMissing)).isZero();
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
    assertThat(score.wronglyFlagged().size()).as("good rows quarantined; " + report).isZero();
  }

  @Test
  @Tag("task:3")
  @DisplayName("on a small season: the region's edge is inside, a zero area, 1000 bags from a hectare, "
      + "31 February and a short row are out, and a file that is no tool's is not read")
  void smallSeason(@TempDir Path season) throws IOException {
    String header = String.join(",", CropSurveyVisits.COLUMNS);
    Files.writeString(season.resolve("tool-a.csv"), String.join("\n", header,
        "E1,P1,Daloa,Koffi Brou,TAB-01,2024-04-08T07:00:00,5.5,-7.5,1.00,ha,2500,kg,0,Local,no,400,none",
        "E2,P2,Daloa,Koffi Brou,TAB-01,2024-04-08T08:00:00,8.5,-4.5,1.00,ha,2500,kg,0,Local,no,400,none",
        "E3,P3,Daloa,Koffi Brou,TAB-01,2024-04-08T09:00:00,7.0,-6.0,0,ha,NA,kg,0,Local,no,400,none",
        "E4,P4,Daloa,Koffi Brou,TAB-01,2024-04-08T10:00:00,7.0,-6.0,1.00,ha,1000,bag,0,Local,no,400,none",
        "E5,P5,Daloa,Koffi Brou,TAB-01,2024-04-08T11:00:00,7.0,-6.0", ""), StandardCharsets.UTF_8);
    Files.writeString(season.resolve("tool-b.csv"), String.join("\n", header.replace(',', ';'),
        "B1;P6;Séguéla;Sékou Diabaté;TAB-07;08/04/2024 07:00;8.0;-6.5;1.00;ha;2500;kg;0;Local;no;400;none",
        "B2;P7;Séguéla;Sékou Diabaté;TAB-07;31/02/2024 08:00;8.0;-6.5;1.00;ha;2500;kg;0;Local;no;400;none", ""),
        Charset.forName("windows-1252"));
    Files.writeString(season.resolve("notes.txt"), "E9,not,a,visit\n", StandardCharsets.UTF_8);
    // E1 and E2 lie on the region's corners; E3 has no area (and no yield); E4 is 90,000 kg/ha; E5 is short;
    // B2's 31 February is no date (a lenient parser makes it 29 February)
    Loaded loaded = LoadVisits.load(season);
    assertThat(loaded).as("LoadVisits.load(small season) returned null").isNotNull();
    assertThat(loaded.result().rowsRead()).as("rows read from tool-a.csv (5) and tool-b.csv (2), notes.txt not read")
        .isEqualTo(7);
    assertThat(loaded.table().stringColumn("visit_id").asList()).as("the visits kept of E1-E5, B1-B2")
        .containsExactlyInAnyOrder("E1", "E2", "B1");
    assertThat(loaded.result().quarantined()).as("the rows quarantined: E3, E4, E5 and B2, each with its reason").hasSize(4);
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
