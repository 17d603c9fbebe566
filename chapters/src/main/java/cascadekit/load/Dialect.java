package cascadekit.load;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A CSV file's dialect: delimiter, quote character, charset, whether the first record is a
 * header, and whether a leading byte-order mark is dropped. Given by the caller or sniffed from
 * the file's first lines.
 *
 * <pre>{@code
 * Dialect.sniff("id;city\n1;Zürich\n").delimiter();  // ';'
 * Dialect.csv().charset(Charset.forName("windows-1252"));
 * }</pre>
 *
 * @param delimiter the field separator
 * @param quote the character that encloses fields holding delimiters or line breaks
 * @param charset the charset the file's bytes are decoded in, strictly
 * @param header whether the first record names the columns
 * @param dropsBom whether a leading byte-order mark is dropped rather than read as text
 */
public record Dialect(char delimiter, char quote, Charset charset, boolean header, boolean dropsBom) {
  private static final List<Character> DELIMITERS = List.of(',', ';', '\t', '|');
  private static final int LINES = 10;
  private static final int SNIFFED_CHARS = 64 * 1024;

  /** Refuses a dialect no file can be read in: a delimiter that is the quote or a line break. */
  public Dialect {
    if (delimiter == quote || delimiter == '\n' || delimiter == '\r' || quote == '\n' || quote == '\r') {
      throw new IllegalArgumentException("delimiter " + (int) delimiter + " and quote " + (int) quote
          + " must differ from each other and from line breaks");
    }
  }

  /** Returns the usual dialect: UTF-8, commas, double quotes, a header, a byte-order mark dropped. */
  public static Dialect csv() {
    return new Dialect(',', '"', StandardCharsets.UTF_8, true, true);
  }

  /** Returns this dialect with {@code charset}. */
  public Dialect charset(Charset charset) {
    return new Dialect(delimiter, quote, charset, header, dropsBom);
  }

  /** Returns this dialect with {@code delimiter}. */
  public Dialect delimiter(char delimiter) {
    return new Dialect(delimiter, quote, charset, header, dropsBom);
  }

  /** Returns this dialect for a file whose first record is data, its columns named 1, 2, 3... */
  public Dialect withoutHeader() {
    return new Dialect(delimiter, quote, charset, false, dropsBom);
  }

  /** Returns this dialect keeping a leading byte-order mark as text. */
  public Dialect keepingBom() {
    return new Dialect(delimiter, quote, charset, header, false);
  }

  /** Returns the dialect of the first 64 KB of {@code file}, read in {@code charset} (bad bytes replaced). */
  public static Dialect sniff(Path file, Charset charset) {
    try (Reader reader = new InputStreamReader(Files.newInputStream(file), charset)) {
      char[] start = new char[SNIFFED_CHARS];
      int read = Math.max(0, reader.read(start));
      return sniff(new String(start, 0, read)).charset(charset);
    } catch (IOException e) {
      throw new LoadException(file.getFileName() + ": cannot be read: " + Excerpt.of(e.getMessage()));
    }
  }

  /**
   * Returns the dialect of {@code text}: the candidate delimiter that occurs the same, non-zero
   * number of times on each of the first lines (the most often, if several do), else a comma;
   * an apostrophe as the quote only when some field is quoted with it and none with {@code "}.
   */
  public static Dialect sniff(String text) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    List<String> lines = body.lines().limit(LINES).toList();
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
    char delimiter = best;
    long doubleQuoted = lines.stream().mapToLong(l -> QuotedFields.count(l, delimiter, '"')).sum();
    long singleQuoted = lines.stream().mapToLong(l -> QuotedFields.count(l, delimiter, '\'')).sum();
    char quote = singleQuoted > 0 && doubleQuoted == 0 ? '\'' : '"';
    return new Dialect(delimiter, quote, StandardCharsets.UTF_8, true, true);
  }

  private static long count(String line, char c) {
    return line.chars().filter(ch -> ch == c).count();
  }
}
