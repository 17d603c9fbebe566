package cascadekit.load;

/**
 * A row set aside during loading, with where it was and why; shown on one line, its value cut
 * to 60 characters.
 *
 * @param line the 1-based line of the file the row starts on
 * @param column the column whose value was rejected, or empty when the whole row was (a row
 *     with the wrong number of fields)
 * @param value the rejected value, as read
 * @param reason why the row was set aside
 */
public record QuarantinedRow(long line, String column, String value, String reason) {
  @Override
  public String toString() {
    String where = column.isEmpty() ? "line " + line : "line " + line + ", column '" + column + "'";
    return where + ": " + reason + " (value '" + Excerpt.of(value) + "')";
  }
}
