package cascadekit.ch02;

import java.util.List;

/**
 * Exercise 02.dialect-sniffer: tell a file's dialect from its first bytes.
 *
 * <p>"CSV" files arrive separated by commas, semicolons (where the comma is the decimal mark),
 * tabs or pipes, sometimes with a UTF-8 byte-order mark (EF BB BF) in front. Guessing wrong
 * reads the whole line as one field. The delimiter is the candidate (',', ';', '\t', '|') that
 * occurs the same number of times, and at least once, on every line; if several do, the one that
 * occurs most often, and on a tie the first of ',', ';', '\t', '|'. Empty lines are skipped. Text
 * fields may contain the other candidates, but not evenly.
 *
 * <p>Task 1. Return the delimiter of the text's first lines (a comma if no candidate is steady).
 * <pre>{@code
 * delimiter("id;wait\n1;17,1\n2;18,0\n")   // => ';'
 * }</pre>
 *
 * <p>Task 2. Return whether the bytes start with a UTF-8 byte-order mark.
 * <pre>{@code
 * hasBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'i', 'd'})   // => true
 * }</pre>
 *
 * <p>Task 3. Return the header's names: the first line of the UTF-8 text, without any
 * byte-order mark, split on the sniffed delimiter.
 * <pre>{@code
 * header(bytes EF BB BF, then "id,city\n1,Oslo\n" in UTF-8)   // => ["id", "city"], not ["\uFEFFid", "city"]
 * }</pre>
 */
public final class DialectSniffer {
  private DialectSniffer() {}

  /** Returns the delimiter of {@code text}: the candidate steady on every line. */
  public static char delimiter(String text) {
    // TODO: task 1: count each candidate on each line.
    throw new UnsupportedOperationException(
        "02.dialect-sniffer: DialectSniffer.delimiter is not written yet; do task 1, then ./kit check 02.dialect-sniffer");
  }

  /** Returns whether {@code bytes} start with the UTF-8 byte-order mark. */
  public static boolean hasBom(byte[] bytes) {
    // TODO: task 2: compare the first three bytes.
    throw new UnsupportedOperationException(
        "02.dialect-sniffer: DialectSniffer.hasBom is not written yet; do task 2, then ./kit check 02.dialect-sniffer");
  }

  /** Returns the header names of a UTF-8 file's first bytes. */
  public static List<String> header(byte[] bytes) {
    // TODO: task 3: drop the mark, decode as UTF-8, split the first line.
    throw new UnsupportedOperationException(
        "02.dialect-sniffer: DialectSniffer.header is not written yet; do task 3, then ./kit check 02.dialect-sniffer");
  }
}
