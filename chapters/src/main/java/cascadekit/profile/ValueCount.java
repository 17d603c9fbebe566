package cascadekit.profile;

/**
 * One value of a column and how many rows hold it.
 *
 * @param value the value, as written
 * @param count the rows that hold it
 */
public record ValueCount(String value, long count) {
  /** Returns {@code value (count)}, e.g. {@code F (1480)}. */
  @Override
  public String toString() {
    return value + " (" + count + ")";
  }
}
