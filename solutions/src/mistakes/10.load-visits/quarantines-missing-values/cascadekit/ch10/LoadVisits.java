// Mistake: quarantines every row with a missing value, so good visits with one blank cell are lost
package cascadekit.ch10;

import cascadekit.clean.Fences;
import cascadekit.data.CropSurvey;
import cascadekit.load.ColumnType;
import cascadekit.load.CsvLoader;
import cascadekit.load.Dialect;
import cascadekit.load.LoadResult;
import cascadekit.load.Loaded;
import cascadekit.load.QuarantinedRow;
import cascadekit.load.Row;
import cascadekit.load.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Exercise 10.load-visits: a season's tool files, each in its own dialect, into one table. */
public final class LoadVisits {
  private static final List<String> COLUMNS = List.of("visit_id", "plot_id", "district", "enumerator",
      "device_id", "visited_at", "lat", "lon", "area", "area_unit", "yield", "yield_unit", "fertiliser_kg",
      "seed_variety", "irrigated", "rainfall_mm", "treatment_after_diagnosis");

  /** Every number a decimal, so a later stage can write a converted value back into its column. */
  private static final List<String> NUMBERS = List.of("lat", "lon", "area", "yield", "fertiliser_kg", "rainfall_mm");

  /**
   * The four ways the tools write "no value". -99 is safe as a marker: no column can hold it.
   * visited_at is read as text, because the two tools write it differently (parsed below).
   */
  private static final Schema SCHEMA = Schema.of(COLUMNS.stream()
          .map(name -> cascadekit.load.Column.of(name, NUMBERS.contains(name) ? ColumnType.DECIMAL : ColumnType.TEXT))
          .map(column -> column.name().equals("visit_id") ? column.required() : column)
          .toArray(cascadekit.load.Column[]::new))
      .missingMarkers("", "NA", "n/a", "-99");

  /** The survey region, edges included (the datasheet's bounds); a sign flipped by hand lands far outside. */
  private static final Fences LATITUDE = Fences.domain(5.5, 8.5), LONGITUDE = Fences.domain(-7.5, -4.5);

  /**
   * What a maize field can yield: the data's best is 6 t/ha, the world's best irrigated farms
   * about 15 t/ha; a slipped digit or a total typed in grams gives far more.
   */
  private static final Fences KG_PER_HA = Fences.domain(0, 15_000);

  private LoadVisits() {}

  /** Returns every tool file of {@code seasonFolder} in one table, impossible rows quarantined. */
  public static Loaded load(Path seasonFolder) {
    long read = 0;
    List<Row> kept = new ArrayList<>();
    List<QuarantinedRow> quarantined = new ArrayList<>();
    for (Path file : toolFiles(seasonFolder)) {
      // The file's name says which tool wrote it, and so its dialect and its clock format.
      String name = file.getFileName().toString();
      boolean toolB = name.equals("tool-b.csv");
      Dialect dialect = toolB ? CropSurvey.toolB() : Dialect.csv();
      DateTimeFormatter time = toolB
          ? DateTimeFormatter.ofPattern(CropSurvey.TOOL_B_TIME).withResolverStyle(ResolverStyle.STRICT)
          : DateTimeFormatter.ISO_LOCAL_DATE_TIME;
      Loaded one = CsvLoader.of(SCHEMA).dialect(dialect).load(file);
      read += one.result().rowsRead();
      one.result().quarantined().forEach(q -> quarantined.add(located(name, q.line(), q.column(), q.value(), q.reason())));
      for (Row row : one.result().kept()) {
        Map<String, Object> values = new LinkedHashMap<>(row.values());
        Problem problem = problem(values, time);
        if (problem == null) {
          kept.add(new Row(row.line(), values));
        } else {
          quarantined.add(located(name, row.line(), problem.column(), String.valueOf(problem.value()), problem.reason()));
        }
      }
    }
    String season = seasonFolder.getFileName().toString();
    // No column repairs cells on load (mojibake is the cleaning stage's), so there are no repairs.
    return new Loaded(new LoadResult<>(season, read, kept, quarantined), List.of(), table(season, kept));
  }

  private static List<Path> toolFiles(Path seasonFolder) {
    try (Stream<Path> files = Files.list(seasonFolder)) {
      return files.filter(f -> f.getFileName().toString().matches("tool-[ab]\\.csv")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the season folder " + seasonFolder, e);
    }
  }

  /**
   * Parses the visit time into {@code values} and returns why the row cannot be a real visit, or
   * null when it can. A missing value is no reason: later stages decide what to do with it.
   */
  private static Problem problem(Map<String, Object> values, DateTimeFormatter time) {
    String visited = (String) values.get("visited_at");
    try {
      values.put("visited_at", LocalDateTime.parse(Objects.requireNonNullElse(visited, ""), time));
    } catch (DateTimeParseException e) { // strict: 31/02/2024 is no date, never 29 February
      return new Problem("visited_at", visited, "not a time in the tool's format");
    }
    if (values.containsValue(null)) {
      return new Problem("", "", "a missing value");
    }
    Double lat = (Double) values.get("lat");
    Double lon = (Double) values.get("lon");
    Double area = (Double) values.get("area");
    Double harvest = (Double) values.get("yield");
    if (lat != null && LATITUDE.isOutside(lat)) {
      return new Problem("lat", lat, "GPS point outside the survey region (latitude " + LATITUDE.lower() + " to " + LATITUDE.upper() + ")");
    }
    if (lon != null && LONGITUDE.isOutside(lon)) {
      return new Problem("lon", lon, "GPS point outside the survey region (longitude " + LONGITUDE.lower() + " to " + LONGITUDE.upper() + ")");
    }
    if (area != null && area <= 0) {
      return new Problem("area", area, "a plot's area must be positive");
    }
    if (area != null && harvest != null) {
      double hectares = "acre".equals(values.get("area_unit")) ? area / CropSurvey.ACRES_PER_HA : area;
      double kilograms = "bag".equals(values.get("yield_unit")) ? harvest * CropSurvey.KG_PER_BAG : harvest;
      if (KG_PER_HA.isOutside(kilograms / hectares)) {
        return new Problem("yield", harvest, "over " + (int) KG_PER_HA.upper() + " kg/ha, more than any maize field gives");
      }
    }
    return null;
  }

  /** Why a row cannot be a real visit: the column, its value, the reason. */
  private record Problem(String column, Object value, String reason) {}

  private static QuarantinedRow located(String file, long line, String column, String value, String reason) {
    return new QuarantinedRow(line, column, value, file + ": " + reason); // two files share line numbers
  }

  private static Table table(String name, List<Row> rows) {
    Table table = Table.create(name);
    for (String header : COLUMNS) {
      Column<?> column = header.equals("visited_at") ? DateTimeColumn.create(header)
          : NUMBERS.contains(header) ? DoubleColumn.create(header) : StringColumn.create(header);
      rows.forEach(row -> append(column, row.get(header)));
      table.addColumns(column);
    }
    return table;
  }

  @SuppressWarnings("unchecked")
  private static void append(Column<?> column, Object value) {
    if (value == null) {
      column.appendMissing();
    } else {
      ((Column<Object>) column).append(value);
    }
  }
}
