package cascadekit.check;

import java.util.List;

/**
 * A constraint on one column, on a combination of columns (a key), or, with no column, on whole
 * rows: it keeps the columns and the kind of column it needs, and refuses data where one is
 * missing or of another kind.
 */
abstract class ColumnRule implements Constraint {
  private final List<String> columns;
  private final RowLayout.Kind kind;

  ColumnRule(String column, RowLayout.Kind kind) {
    this(column == null ? List.of() : List.of(column), kind);
  }

  ColumnRule(List<String> columns, RowLayout.Kind kind) {
    this.columns = List.copyOf(columns);
    this.kind = kind;
  }

  /** Returns the column, the columns joined by {@code ", "} for a key of several, or null for whole rows. */
  @Override
  public final String column() {
    return columns.isEmpty() ? null : String.join(", ", columns);
  }

  /** Returns the columns it reads, in the order given. */
  final List<String> columns() {
    return columns;
  }

  @Override
  public final void require(String check, RowLayout layout) {
    columns.forEach(column -> layout.require(check, column, kind));
  }

  /** Returns the threshold of a share held to a lower bound, e.g. {@code >= 0.95}. */
  static String atLeast(double share) {
    return ">= " + Numbers.text(share);
  }
}
