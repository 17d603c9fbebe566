package cascadekit.load;

import java.util.Map;

/**
 * One loaded row: where it came from and its typed values by column name (null when missing).
 *
 * @param line the 1-based line of the file the row starts on
 * @param values typed values, in schema order
 */
public record Row(long line, Map<String, Object> values) {
  /** Returns the value of {@code column}, or null when it is missing. */
  public Object get(String column) {
    return values.get(column);
  }
}
