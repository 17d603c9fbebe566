package cascadekit.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Decodes a file's bytes strictly, in the dialect's charset, never the platform's: a byte that
 * does not belong to the charset is an error naming its line and column, not a silent
 * replacement character. A leading byte-order mark is dropped when the dialect says so.
 */
final class TextDecoder {
  private static final int CHUNK = 8192;

  private TextDecoder() {}

  /** Returns a strict reader of {@code file}'s text, its byte-order mark dropped if asked. */
  static Reader open(Path file, Dialect dialect) throws IOException {
    InputStream bytes = Files.newInputStream(file);
    PushbackReader text = new PushbackReader(new InputStreamReader(bytes, decoder(dialect)));
    int first = text.read();
    if (first >= 0 && !(first == '\uFEFF' && dialect.dropsBom())) {
      text.unread(first);
    }
    return text;
  }

  /** Returns the error for the first byte of {@code file} that is not in the dialect's charset. */
  static LoadException badByte(String name, Path file, Dialect dialect) {
    try {
      return locateBadByte(name, file, dialect);
    } catch (IOException e) {
      return new LoadException(name + ": cannot be read: " + Excerpt.of(e.getMessage()));
    }
  }

  private static LoadException locateBadByte(String name, Path file, Dialect dialect) throws IOException {
    CharsetDecoder decoder = decoder(dialect);
    ByteBuffer in = ByteBuffer.allocate(CHUNK);
    CharBuffer out = CharBuffer.allocate(CHUNK);
    Position position = new Position();
    try (InputStream bytes = Files.newInputStream(file)) {
      boolean end = false;
      while (!end) {
        int read = bytes.read(in.array(), in.position(), in.remaining());
        end = read < 0;
        in.position(in.position() + Math.max(0, read));
        in.flip();
        CoderResult result = decoder.decode(in, out, end);
        position.advance(out.flip());
        out.clear();
        if (result.isError()) {
          return new LoadException(String.format(
              "%s, line %d, column %d: byte 0x%02X is not %s; was the file written in another charset, such as windows-1252?",
              name, position.line, position.column, in.get(in.position()) & 0xFF, dialect.charset().name()));
        }
        in.compact();
      }
    }
    return new LoadException(name + ": cannot be decoded as " + dialect.charset().name());
  }

  private static CharsetDecoder decoder(Dialect dialect) {
    return dialect.charset().newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** The line and column reached in decoded text, counting CR, LF and CRLF as one break. */
  private static final class Position {
    private long line = 1;
    private long column = 1;
    private boolean afterCarriageReturn;

    void advance(CharBuffer text) {
      while (text.hasRemaining()) {
        char c = text.get();
        if (c == '\n' && afterCarriageReturn) {
          column = 1;
        } else if (c == '\n' || c == '\r') {
          line++;
          column = 1;
        } else {
          column++;
        }
        afterCarriageReturn = c == '\r';
      }
    }
  }
}
