package cascadekit.data;

/**
 * A row set aside during loading, with where it was and why.
 *
 * @param line the 1-based line of the file the row starts on
 * @param column the column whose value was rejected
 * @param value the rejected value, as read
 * @param reason why the row was set aside
 */
public record QuarantinedRow(long line, String column, String value, String reason) {
  @Override
  public String toString() {
    return "line " + line + ", column '" + column + "': " + reason + " (value '" + value + "')";
  }
}
