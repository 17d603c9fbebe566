package cascadekit.check;

import java.util.List;
import java.util.Set;

/** Checks a constraint's arguments when it is added, naming the check and the column in the refusal. */
final class Arguments {
  private Arguments() {}

  /** Returns {@code column}, refusing a null or blank name. */
  static String column(String check, String column) {
    if (column == null || column.isBlank()) {
      throw CheckDefinitionException.of(check, null, "a constraint needs a column name, got '" + column + "'");
    }
    return column;
  }

  /** Returns {@code columns}, refusing none, a null or blank name, or a name given twice. */
  static List<String> columns(String check, List<String> columns) {
    if (columns == null || columns.isEmpty()) {
      throw CheckDefinitionException.of(check, null, "a constraint needs at least one column, got none");
    }
    for (String column : columns) {
      column(check, column);
    }
    if (Set.copyOf(columns).size() < columns.size()) {
      throw CheckDefinitionException.of(check, null, "a column is named twice in " + columns);
    }
    return List.copyOf(columns);
  }

  /** Returns {@code share}, refusing one outside [0, 1]. */
  static double share(String check, String column, double share) {
    if (!(share >= 0 && share <= 1)) {
      throw CheckDefinitionException.of(check, column, "share " + share + " is outside [0, 1]");
    }
    return share;
  }

  /** Refuses bounds that are NaN or a minimum above the maximum. */
  static void range(String check, String column, double min, double max) {
    if (Double.isNaN(min) || Double.isNaN(max) || min > max) {
      throw CheckDefinitionException.of(check, column,
          "minimum " + Numbers.text(min) + " is above maximum " + Numbers.text(max) + " (or one is NaN)");
    }
  }

  /** Returns {@code value}, refusing null. */
  static <T> T present(String check, String column, String what, T value) {
    if (value == null) {
      throw CheckDefinitionException.of(check, column, what + " is missing (null)");
    }
    return value;
  }
}
