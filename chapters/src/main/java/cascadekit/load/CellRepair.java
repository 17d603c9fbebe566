package cascadekit.load;

/**
 * A cell the loader changed, so no change is silent.
 *
 * @param line the 1-based line of the row
 * @param column the column
 * @param before the text as read
 * @param after the text as loaded
 */
public record CellRepair(long line, String column, String before, String after) {
  @Override
  public String toString() {
    return "line " + line + ", column '" + column + "': '" + Excerpt.of(before) + "' -> '" + Excerpt.of(after) + "'";
  }
}
