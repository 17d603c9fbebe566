package cascadekit.load;

import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a file must hold, declared before it is read: the columns, the markers that mean
 * "missing", and the date formats accepted. Dates are parsed strictly: 2023-02-30 is not a date,
 * never quietly 28 February; so a pattern writes the year {@code uuuu}, which strict parsing
 * needs, never {@code yyyy} (year of era), which it cannot resolve without an era.
 *
 * <pre>{@code
 * Schema schema = Schema.of(
 *         Column.of("visit_id", ColumnType.TEXT).required(),
 *         Column.of("age", ColumnType.INTEGER))
 *     .missingMarkers("", "NA", "-999", "unknown");
 * }</pre>
 *
 * @param columns the declared columns, by header name
 * @param missingMarkers the raw values read as missing, e.g. {@code ""} and {@code NA}
 * @param datePatterns accepted date patterns ({@link DateTimeFormatter} syntax), tried in order; a
 *     date-and-time column tries ISO first, then the patterns that hold a time of day
 */
public record Schema(List<Column> columns, Set<String> missingMarkers, List<String> datePatterns) {
  /** Copies the lists so the schema cannot change afterwards. */
  public Schema {
    columns = List.copyOf(columns);
    missingMarkers = Set.copyOf(missingMarkers);
    datePatterns = List.copyOf(datePatterns);
    for (String pattern : datePatterns) {
      if (pattern.replaceAll("'[^']*'", "").contains("y")) {
        throw new IllegalArgumentException("date pattern '" + pattern + "' writes the year as y (year of era),"
            + " which strict parsing cannot resolve; write uuuu, as in uuuu-MM-dd");
      }
    }
  }

  /** Returns a schema of {@code columns}, where only the empty string is missing and dates are ISO. */
  public static Schema of(Column... columns) {
    return new Schema(List.of(columns), Set.of(""), List.of("uuuu-MM-dd"));
  }

  /** Returns this schema with {@code markers} read as missing values. */
  public Schema missingMarkers(String... markers) {
    return new Schema(columns, Set.of(markers), datePatterns);
  }

  /** Returns this schema accepting dates in {@code patterns}, tried in order. */
  public Schema datePatterns(String... patterns) {
    return new Schema(columns, missingMarkers, List.of(patterns));
  }

  /** Returns the date formatters, in English, as the patterns were declared, resolving strictly. */
  List<DateTimeFormatter> dateFormats() {
    return datePatterns.stream()
        .map(p -> DateTimeFormatter.ofPattern(p, Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT))
        .toList();
  }
}
