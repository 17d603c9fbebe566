package cascadekit.load;

import java.util.List;

/**
 * A CSV file's dialect: its delimiter, its quote character and whether it starts with a
 * byte-order mark, as sniffed from its first lines.
 *
 * <pre>{@code
 * Dialect.sniff("id;city\n1;Zürich\n").delimiter();  // ';'
 * }</pre>
 *
 * @param delimiter the field separator
 * @param quote the character that encloses fields holding delimiters or line breaks
 * @param bom whether the text started with a byte-order mark
 */
public record Dialect(char delimiter, char quote, boolean bom) {
  private static final List<Character> DELIMITERS = List.of(',', ';', '\t', '|');
  private static final int LINES = 10;

  /** Returns the usual dialect: commas, double quotes, no byte-order mark. */
  public static Dialect csv() {
    return new Dialect(',', '"', false);
  }

  /**
   * Returns the dialect of {@code text}: the candidate delimiter that occurs the same, non-zero
   * number of times on each of the first lines (the most often, if several do), else a comma.
   */
  public static Dialect sniff(String text) {
    boolean bom = text.startsWith("\uFEFF");
    List<String> lines = (bom ? text.substring(1) : text).lines().limit(LINES).toList();
    char best = ',';
    long bestCount = 0;
    for (char candidate : DELIMITERS) {
      long first = lines.isEmpty() ? 0 : count(lines.get(0), candidate);
      boolean steady = lines.stream().allMatch(line -> count(line, candidate) == first);
      if (steady && first > bestCount) {
        best = candidate;
        bestCount = first;
      }
    }
    char quote = text.contains(best + "'") && !text.contains(best + "\"") ? '\'' : '"';
    return new Dialect(best, quote, bom);
  }

  private static long count(String line, char c) {
    return line.chars().filter(ch -> ch == c).count();
  }
}
