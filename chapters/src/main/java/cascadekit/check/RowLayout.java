package cascadekit.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

/**
 * The columns a validation reads, by name, position and Tablesaw type, known before any row is:
 * constraints are checked against it (a missing column, a text column asked for a mean) when the
 * suite is built, and resolve their columns to positions once.
 *
 * @param source what the rows come from, for messages: a table's or a file's name
 * @param names the column names, in order
 * @param types the Tablesaw type of each column
 */
record RowLayout(String source, List<String> names, List<ColumnType> types) {
  // Types are compared by name: Tablesaw's type constants need not be the instances its columns hold.
  private static final Set<String> NUMBERS = Set.of("INTEGER", "DOUBLE", "LONG", "SHORT", "FLOAT");
  private static final Set<String> TEMPORALS = Set.of("LOCAL_DATE", "LOCAL_DATE_TIME", "INSTANT");

  /** What a constraint needs of a column's type. */
  enum Kind {
    ANY,
    NUMBER,
    TEMPORAL
  }

  /** Copies the lists. */
  RowLayout {
    names = List.copyOf(names);
    types = List.copyOf(types);
  }

  /** Returns the layout of {@code table}. */
  static RowLayout of(Table table) {
    List<ColumnType> types = new ArrayList<>();
    table.columns().forEach(c -> types.add(c.type()));
    return new RowLayout(table.name(), table.columnNames(), types);
  }

  /** Returns the 0-based position of {@code column}, or -1 when there is none. */
  int position(String column) {
    return names.indexOf(column);
  }

  /** Returns the type of {@code column}, which must exist. */
  ColumnType type(String column) {
    return types.get(position(column));
  }

  /** Refuses, naming {@code check}, a {@code column} that is absent or not of {@code kind}. */
  void require(String check, String column, Kind kind) {
    if (position(column) < 0) {
      throw CheckDefinitionException.of(check, column, "no such column in " + source + " " + names);
    }
    ColumnType type = type(column);
    boolean fits = switch (kind) {
      case ANY -> true;
      case NUMBER -> isNumber(type);
      case TEMPORAL -> TEMPORALS.contains(type.name());
    };
    if (!fits) {
      throw CheckDefinitionException.of(check, column, "is " + type.name() + ", the constraint needs a "
          + kind.name().toLowerCase(Locale.ROOT) + " column");
    }
  }

  static boolean isNumber(ColumnType type) {
    return NUMBERS.contains(type.name());
  }
}
