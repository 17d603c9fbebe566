package cascadekit.profile;

import cascadekit.load.CsvReader;
import cascadekit.load.CsvRow;
import cascadekit.load.Dialect;
import cascadekit.load.Header;
import cascadekit.load.QuarantinedRow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Profiles rows in one pass, keeping a mergeable state per column: counts, moments, extremes and
 * value frequencies. Profile batches apart and {@link #merge} them, and the result is the
 * profile of the whole; that is how a profile of data too big for one machine, or arriving
 * daily, is made. A file is streamed through {@link CsvReader}; a ragged row is quarantined
 * with its line, not profiled and not fatal.
 *
 * <pre>{@code
 * Profiler profiler = Profiler.of(List.of("age", "sex"), Set.of("", "NA"));
 * profiler.accept(List.of("43", "F"));
 * profiler.profiles();                                   // one ColumnProfile per column
 * Profiler.read(file, Set.of("", "NA")).profiles();      // streams a CSV file, row by row
 * Profiler.read(file, Dialect.sniff(file, UTF_8), Set.of("")).quarantined();
 * }</pre>
 */
public final class Profiler {
  private final List<String> columns;
  private final Set<String> missingMarkers;
  private final ColumnState[] states;
  private final List<QuarantinedRow> quarantined;

  private Profiler(
      List<String> columns, Set<String> missingMarkers, ColumnState[] states, List<QuarantinedRow> quarantined) {
    this.columns = List.copyOf(columns);
    this.missingMarkers = Set.copyOf(missingMarkers);
    this.states = states;
    this.quarantined = quarantined;
  }

  /** Returns an empty profiler of {@code columns}, reading {@code missingMarkers} as missing. */
  public static Profiler of(List<String> columns, Set<String> missingMarkers) {
    return new Profiler(columns, missingMarkers,
        columns.stream().map(ColumnState::new).toArray(ColumnState[]::new), new ArrayList<>());
  }

  /** Returns the profiles of a UTF-8, comma-separated file with a header, streamed, never held whole. */
  public static Profiler read(Path file, Set<String> missingMarkers) {
    return read(file, Dialect.csv(), missingMarkers);
  }

  /** Returns the profiles of a CSV file in {@code dialect}, streamed record by record, never held whole. */
  public static Profiler read(Path file, Dialect dialect, Set<String> missingMarkers) {
    Profiler[] profiler = new Profiler[1];
    CsvReader.of(dialect).forEach(file, new CsvReader.Handler() {
      @Override
      public void start(Header header) {
        profiler[0] = of(header.names(), missingMarkers);
      }

      @Override
      public void accept(CsvRow row) {
        profiler[0].add(row, dialect);
      }
    });
    return profiler[0];
  }

  private void add(CsvRow row, Dialect dialect) {
    if (!row.isComplete()) {
      quarantined.add(new QuarantinedRow(row.line(), "", row.raw(dialect.delimiter()), row.raggedReason()));
      return;
    }
    for (int i = 0; i < states.length; i++) {
      cell(i, row.values().get(i));
    }
  }

  /** Returns the profiles of a typed table, whose missing cells are Tablesaw's missing values. */
  public static List<ColumnProfile> profile(Table table) {
    Profiler profiler = of(table.columnNames(), Set.of());
    List<Column<?>> columns = table.columns();
    for (int row = 0; row < table.rowCount(); row++) {
      for (int i = 0; i < columns.size(); i++) {
        profiler.states[i].accept(text(columns.get(i), row));
      }
    }
    return profiler.profiles();
  }

  /** Adds one row, its cells in the order of the columns. */
  public void accept(List<String> cells) {
    if (cells.size() != states.length) {
      throw new IllegalArgumentException("expected " + states.length + " cells " + columns + ", got " + cells.size());
    }
    for (int i = 0; i < states.length; i++) {
      cell(i, cells.get(i));
    }
  }

  /** Returns a profiler holding this one's rows and {@code other}'s, as if one had read both. */
  public Profiler merge(Profiler other) {
    if (!columns.equals(other.columns) || !missingMarkers.equals(other.missingMarkers)) {
      throw new IllegalArgumentException("cannot merge profiles of different columns or missing markers: "
          + columns + " " + missingMarkers + " and " + other.columns + " " + other.missingMarkers);
    }
    ColumnState[] merged = new ColumnState[states.length];
    for (int i = 0; i < states.length; i++) {
      merged[i] = states[i].merge(other.states[i]);
    }
    List<QuarantinedRow> both = new ArrayList<>(quarantined);
    both.addAll(other.quarantined);
    return new Profiler(columns, missingMarkers, merged, both);
  }

  /** Returns the rows read from a file but not profiled (ragged ones), each with its line and reason. */
  public List<QuarantinedRow> quarantined() {
    return List.copyOf(quarantined);
  }

  /** Returns one profile per column, in column order. */
  public List<ColumnProfile> profiles() {
    List<ColumnProfile> profiles = new ArrayList<>();
    for (ColumnState state : states) {
      profiles.add(state.profile());
    }
    return profiles;
  }

  private void cell(int column, String value) {
    states[column].accept(value == null || missingMarkers.contains(value) ? null : value);
  }

  /** Returns a cell as text, whole numbers without ".0", or null when it is missing. */
  private static String text(Column<?> column, int row) {
    if (column.isMissing(row)) {
      return null;
    }
    if (column instanceof NumericColumn<?> numbers) {
      double value = numbers.getDouble(row);
      return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
    return column.getUnformattedString(row);
  }
}
