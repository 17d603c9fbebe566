package cascadekit.load;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;

/**
 * Counts physical lines in the text that passes through it, under LF, CRLF, CR-only and mixed
 * endings, so a record's character position (as Commons CSV gives it) can be turned into the
 * line it starts on. It keeps only the line starts not yet asked about, so memory stays constant
 * however long the file.
 *
 * <pre>{@code
 * LineTracker lines = new LineTracker(reader);
 * lines.lineAt(record.getCharacterPosition());  // 1-based, positions asked in order
 * }</pre>
 */
final class LineTracker extends FilterReader {
  private final ArrayDeque<Long> lineStarts = new ArrayDeque<>();
  private final ArrayDeque<Long> blankLineStarts = new ArrayDeque<>();
  private long offset;
  private boolean afterCarriageReturn;
  private boolean atLineStart = true;
  private long line = 1;

  LineTracker(Reader in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    char[] one = new char[1];
    return read(one, 0, 1) < 0 ? -1 : one[0];
  }

  @Override
  public int read(char[] buffer, int from, int length) throws IOException {
    int read = super.read(buffer, from, length);
    for (int i = from; i < from + read; i++) {
      char c = buffer[i];
      boolean lineBreak = c == '\r' || c == '\n';
      if (afterCarriageReturn && c != '\n') {
        lineStarts.add(offset);
      }
      if (atLineStart && !(afterCarriageReturn && c == '\n') && lineBreak) {
        blankLineStarts.add(offset);
      }
      if (c == '\n') {
        lineStarts.add(offset + 1);
      }
      atLineStart = lineBreak;
      afterCarriageReturn = c == '\r';
      offset++;
    }
    return read;
  }

  @Override
  public long skip(long count) throws IOException {
    char[] skipped = new char[(int) Math.min(count, 8192)];
    return Math.max(0, read(skipped, 0, skipped.length));
  }

  /** Returns the 1-based line holding character {@code position}; positions must not go back. */
  long lineAt(long position) {
    while (!lineStarts.isEmpty() && lineStarts.peek() <= position) {
      lineStarts.poll();
      line++;
    }
    return line;
  }

  /** Returns whether a blank line starts at character {@code position}; positions must not go back. */
  boolean isBlankLineAt(long position) {
    while (!blankLineStarts.isEmpty() && blankLineStarts.peek() < position) {
      blankLineStarts.poll();
    }
    return !blankLineStarts.isEmpty() && blankLineStarts.peek() == position;
  }
}
