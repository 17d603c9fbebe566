package cascadekit.check;

/**
 * A constraint on one column (or, with a null column, on whole rows): it keeps the column and the
 * kind of column it needs, and refuses data whose column is missing or of another kind.
 */
abstract class ColumnRule implements Constraint {
  private final String column;
  private final RowLayout.Kind kind;

  ColumnRule(String column, RowLayout.Kind kind) {
    this.column = column;
    this.kind = kind;
  }

  @Override
  public final String column() {
    return column;
  }

  @Override
  public final void require(String check, RowLayout layout) {
    if (column != null) {
      layout.require(check, column, kind);
    }
  }

  /** Returns the threshold of a share held to a lower bound, e.g. {@code >= 0.95}. */
  static String atLeast(double share) {
    return ">= " + Numbers.text(share);
  }
}
