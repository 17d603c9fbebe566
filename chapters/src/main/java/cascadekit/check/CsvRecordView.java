package cascadekit.check;

import cascadekit.load.CsvRow;
import cascadekit.load.Header;
import cascadekit.load.LoadException;
import cascadekit.load.Schema;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Row;

/**
 * A {@link RowView} of one CSV record at a time, its cells parsed as the schema declares when a
 * constraint asks for them. A value that does not parse stops the run, located.
 */
final class CsvRecordView implements RowView {
  private final RowLayout layout;
  private final int[] positions;
  private final Set<String> missingMarkers;
  private final List<DateTimeFormatter> dateFormats;
  private final boolean isoDates;
  private final int idColumn;
  private final OneRowTable table;
  private CsvRow record;
  private long index = -1;

  CsvRecordView(Schema schema, RowLayout layout, Header header, int idColumn) {
    this.layout = layout;
    this.positions = layout.names().stream().mapToInt(header::position).toArray();
    this.missingMarkers = schema.missingMarkers();
    this.dateFormats = schema.datePatterns().stream()
        .map(p -> DateTimeFormatter.ofPattern(p, Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT)).toList();
    this.isoDates = schema.datePatterns().equals(List.of(IsoDates.PATTERN));
    this.idColumn = idColumn;
    this.table = new OneRowTable(layout);
  }

  /** Moves the view to {@code row}, refusing a ragged one. */
  void moveTo(CsvRow row) {
    if (!row.isComplete()) {
      throw new LoadException(row.file() + ", line " + row.line() + ": " + row.raggedReason());
    }
    record = row;
    index++;
  }

  @Override
  public long index() {
    return index;
  }

  @Override
  public boolean isMissing(int column) {
    return missingMarkers.contains(raw(column).strip());
  }

  @Override
  public double number(int column) {
    String raw = raw(column).strip();
    try {
      return isType(column, ColumnType.INTEGER) ? Long.parseLong(raw) : Double.parseDouble(raw);
    } catch (NumberFormatException e) {
      throw bad(column, "not a " + layout.types().get(column).name().toLowerCase(Locale.ROOT));
    }
  }

  @Override
  public String text(int column) {
    return raw(column);
  }

  @Override
  public Object key(int column) {
    return isType(column, ColumnType.STRING) ? raw(column)
        : isType(column, ColumnType.LOCAL_DATE) ? date(column)
        : isType(column, ColumnType.LOCAL_DATE_TIME) ? dateTime(column) : (Object) number(column);
  }

  @Override
  public long epochSecond(int column) {
    return isType(column, ColumnType.LOCAL_DATE_TIME)
        ? dateTime(column).toEpochSecond(ZoneOffset.UTC)
        : date(column).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
  }

  @Override
  public int idColumn() {
    return idColumn;
  }

  @Override
  public String id() {
    return idColumn < 0 || isMissing(idColumn) ? Long.toString(index + 1) : text(idColumn);
  }

  @Override
  public Row tablesawRow() {
    return table.fill(this);
  }

  /** Returns the date in {@code column}, parsed strictly by the schema's patterns. */
  LocalDate date(int column) {
    String raw = raw(column).strip();
    LocalDate iso = isoDates ? IsoDates.parse(raw) : null;
    if (iso != null) {
      return iso;
    }
    for (DateTimeFormatter format : dateFormats) {
      try {
        return LocalDate.parse(raw, format);
      } catch (DateTimeParseException notThisPattern) {
        // try the next pattern
      }
    }
    throw bad(column, "not a date in " + dateFormats.size() + " accepted pattern(s)");
  }

  /** Returns the date and time in {@code column}, ISO 8601 without a zone, parsed strictly. */
  LocalDateTime dateTime(int column) {
    try {
      return LocalDateTime.parse(raw(column).strip(), DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    } catch (DateTimeParseException e) {
      throw bad(column, "not an ISO date and time (2021-01-04T11:52:29)");
    }
  }

  private boolean isType(int column, ColumnType type) {
    return layout.types().get(column).name().equals(type.name());
  }

  private String raw(int column) {
    return record.values().get(positions[column]);
  }

  private LoadException bad(int column, String why) {
    return new LoadException(String.format("%s, line %d, column '%s': '%s' is %s", record.file(), record.line(),
        layout.names().get(column), raw(column), why));
  }
}
