package cascadekit.load;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A file's column names, each blank-free and unique, with their positions. A header with a blank
 * or a repeated name is refused, naming the positions, since a column read by name would
 * otherwise silently be the first of its namesakes.
 *
 * <pre>{@code
 * Header.of("v.csv", 1, List.of("id", "age")).position("age");  // 1
 * }</pre>
 *
 * @param line the physical line the header starts on, 0 for a file without one
 * @param names the column names, in file order
 */
public record Header(long line, List<String> names) {
  /** Copies the names. */
  public Header {
    names = List.copyOf(names);
  }

  /** Returns the header on {@code line} of {@code file}; refuses blank and repeated names. */
  public static Header of(String file, long line, List<String> names) {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      if (name.isBlank()) {
        throw new LoadException(String.format("%s, line %d, column %d: blank header name; name every column", file, line, i + 1));
      }
      Integer first = seen.putIfAbsent(name, i + 1);
      if (first != null) {
        throw new LoadException(String.format("%s, line %d: header name '%s' in columns %d and %d; names must be unique",
            file, line, Excerpt.of(name), first, i + 1));
      }
    }
    return new Header(line, names);
  }

  /** Returns a header for {@code width} unnamed columns: 1, 2, 3... */
  public static Header numbered(int width) {
    return new Header(0, IntStream.rangeClosed(1, width).mapToObj(Integer::toString).toList());
  }

  /** Returns how many columns the header names. */
  public int size() {
    return names.size();
  }

  /** Returns the 0-based position of {@code column}, or -1 when the header lacks it. */
  public int position(String column) {
    return names.indexOf(column);
  }

  /** Refuses a header that lacks one of {@code columns}, naming the first missing one. */
  public void require(String file, List<String> columns) {
    for (String column : columns) {
      if (position(column) < 0) {
        throw new LoadException(String.format("%s, line %d: no column '%s' in the header [%s]",
            file, line, Excerpt.of(column), Excerpt.of(names.stream().collect(Collectors.joining(", ")))));
      }
    }
  }
}
