package cascadekit.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Maps character positions in a file's text to 1-based line numbers, and locates quote faults. */
final class LineIndex {
  private final String text;
  private final int[] lineStarts;

  LineIndex(String text) {
    this.text = text;
    List<Integer> starts = new ArrayList<>(List.of(0));
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Returns the 1-based line that holds character {@code position}. */
  long lineOf(long position) {
    int found = Arrays.binarySearch(lineStarts, (int) position);
    return found >= 0 ? found + 1 : -found - 1;
  }

  /** Returns the message for a quote opened on or after {@code line} that never closes. */
  String unclosedQuote(String file, long line, Dialect dialect) {
    for (int l = (int) line; l <= lineStarts.length; l++) {
      String text = line(l);
      int quote = text.indexOf(dialect.quote());
      if (quote >= 0) {
        long field = text.substring(0, quote).chars().filter(c -> c == dialect.delimiter()).count() + 1;
        return String.format("%s, line %d, column %d (field %d): a quote opened here is never closed",
            file, l, quote + 1, field);
      }
    }
    return file + ", line " + line + ": a quote opened on or after this line is never closed";
  }

  private String line(int number) {
    int start = lineStarts[number - 1];
    int end = number < lineStarts.length ? lineStarts[number] - 1 : text.length();
    return text.substring(start, Math.max(start, end));
  }
}
