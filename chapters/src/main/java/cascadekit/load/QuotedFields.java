package cascadekit.load;

/**
 * Counts the fields of one line that are quoted with a given character: a field that starts
 * with it and ends with it just before a delimiter or the line's end. An apostrophe inside a
 * field ({@code 1,'s-Hertogenbosch}) is not a quoted field.
 *
 * <pre>{@code
 * QuotedFields.count("1,'a,b','c'", ',', '\'');  // 2
 * }</pre>
 */
final class QuotedFields {
  private QuotedFields() {}

  /** Returns how many fields of {@code line} are quoted with {@code quote}. */
  static long count(String line, char delimiter, char quote) {
    long quoted = 0;
    int start = 0;
    while (start < line.length()) {
      int end = line.charAt(start) == quote ? closing(line, start + 1, delimiter, quote) : -1;
      if (end > 0) {
        quoted++;
        start = end + 1;
      }
      int next = line.indexOf(delimiter, start);
      if (next < 0) {
        break;
      }
      start = next + 1;
    }
    return quoted;
  }

  /** Returns the position of the quote that closes a field opened before {@code from}, or -1. */
  private static int closing(String line, int from, char delimiter, char quote) {
    for (int i = from; i < line.length(); i++) {
      if (line.charAt(i) == quote) {
        if (i + 1 == line.length() || line.charAt(i + 1) == delimiter) {
          return i;
        }
        if (line.charAt(i + 1) == quote) {
          i++;
        }
      }
    }
    return -1;
  }
}
