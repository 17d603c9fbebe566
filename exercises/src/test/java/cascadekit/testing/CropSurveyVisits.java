package cascadekit.testing;

import cascadekit.data.CropSurvey;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The crop survey's visits as the load stage gives them to the later capstone stages: a season's
 * tool files in one table of the 17 columns, every row kept (impossible and duplicate rows too),
 * the four missing codes missing, the six numbers as {@code DoubleColumn}s and {@code visited_at}
 * as a {@code DateTimeColumn}; the text as written, spelling and mojibake included.
 */
public final class CropSurveyVisits {
  /** The visit files' columns, in order. */
  public static final List<String> COLUMNS = List.of("visit_id", "plot_id", "district", "enumerator",
      "device_id", "visited_at", "lat", "lon", "area", "area_unit", "yield", "yield_unit", "fertiliser_kg",
      "seed_variety", "irrigated", "rainfall_mm", "treatment_after_diagnosis");

  private static final Set<String> NUMBERS = Set.of("lat", "lon", "area", "yield", "fertiliser_kg", "rainfall_mm");
  private static final Set<String> MISSING = Set.of("", "NA", "n/a", "-99");

  private CropSurveyVisits() {}

  /** Returns season 1 (tool A's and tool B's files) or season 2, as the class comment says. */
  public static Table season(int season) {
    Table table = Table.create("season" + season);
    for (String column : COLUMNS) {
      table.addColumns(column.equals("visited_at") ? DateTimeColumn.create(column)
          : NUMBERS.contains(column) ? DoubleColumn.create(column) : StringColumn.create(column));
    }
    List<String> files = season == 1 ? List.of(CropSurvey.SEASON_1_TOOL_A, CropSurvey.TOOL_B) : List.of(CropSurvey.SEASON_2);
    for (String file : files) {
      boolean toolB = file.equals(CropSurvey.TOOL_B);
      DateTimeFormatter time = toolB ? DateTimeFormatter.ofPattern(CropSurvey.TOOL_B_TIME) : DateTimeFormatter.ISO_LOCAL_DATE_TIME;
      ManifestGrading.read(file, toolB ? ';' : ',', toolB ? CropSurvey.toolB().charset() : StandardCharsets.UTF_8, r -> {
        for (String column : COLUMNS) {
          String raw = r.get(column);
          if (MISSING.contains(raw.strip())) {
            table.column(column).appendMissing();
          } else if (column.equals("visited_at")) {
            table.dateTimeColumn(column).append(LocalDateTime.parse(raw, time));
          } else if (NUMBERS.contains(column)) {
            table.doubleColumn(column).append(Double.parseDouble(raw));
          } else {
            table.stringColumn(column).append(raw);
          }
        }
      });
    }
    return table;
  }
}
