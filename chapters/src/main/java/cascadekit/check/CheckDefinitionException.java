package cascadekit.check;

/**
 * A check that cannot be run as written: a share outside [0, 1], a minimum above its maximum, a
 * bad pattern, a column the data lacks or of the wrong type, an empty table. It names the check
 * and the column, and is raised when the constraint is added or the suite is built, before any
 * row is read.
 */
public final class CheckDefinitionException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Returns an exception with {@code message}. */
  public CheckDefinitionException(String message) {
    super(message);
  }

  /** Returns an exception about {@code column} of check {@code check}, saying {@code what} is wrong. */
  static CheckDefinitionException of(String check, String column, String what) {
    String where = column == null ? "" : ", column '" + column + "'";
    return new CheckDefinitionException("check '" + check + "'" + where + ": " + what);
  }
}
