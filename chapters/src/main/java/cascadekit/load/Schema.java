package cascadekit.load;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a file must hold, declared before it is read: the columns, the markers that mean
 * "missing", and the date formats accepted.
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
 * @param datePatterns accepted date patterns ({@link DateTimeFormatter} syntax), tried in order
 */
public record Schema(List<Column> columns, Set<String> missingMarkers, List<String> datePatterns) {
  /** Copies the lists so the schema cannot change afterwards. */
  public Schema {
    columns = List.copyOf(columns);
    missingMarkers = Set.copyOf(missingMarkers);
    datePatterns = List.copyOf(datePatterns);
  }

  /** Returns a schema of {@code columns}, where only the empty string is missing and dates are ISO. */
  public static Schema of(Column... columns) {
    return new Schema(List.of(columns), Set.of(""), List.of("yyyy-MM-dd"));
  }

  /** Returns this schema with {@code markers} read as missing values. */
  public Schema missingMarkers(String... markers) {
    return new Schema(columns, Set.of(markers), datePatterns);
  }

  /** Returns this schema accepting dates in {@code patterns}, tried in order. */
  public Schema datePatterns(String... patterns) {
    return new Schema(columns, missingMarkers, List.of(patterns));
  }

  /** Returns the date formatters, in English, as the patterns were declared. */
  List<DateTimeFormatter> dateFormats() {
    return datePatterns.stream().map(p -> DateTimeFormatter.ofPattern(p, Locale.ENGLISH)).toList();
  }
}
