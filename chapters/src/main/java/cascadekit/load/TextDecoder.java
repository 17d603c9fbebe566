package cascadekit.load;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Decodes a file's bytes strictly, in a charset named by the caller, never the platform's:
 * a byte that does not belong to the charset is an error naming its line and column, not a
 * silent replacement character. A UTF-8 byte-order mark is removed.
 */
final class TextDecoder {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private TextDecoder() {}

  /** Returns the text of {@code bytes} in {@code charset}, or fails naming {@code file}, line and column. */
  static String decode(String file, byte[] bytes, Charset charset) {
    byte[] body = hasBom(bytes) && charset.equals(StandardCharsets.UTF_8) ? Arrays.copyOfRange(bytes, 3, bytes.length) : bytes;
    CharsetDecoder decoder =
        charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return decoder.decode(ByteBuffer.wrap(body)).toString();
    } catch (CharacterCodingException e) {
      int bad = firstBadByte(body, charset);
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < bad; i++) {
        if (body[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      int column = new String(body, lineStart, bad - lineStart, StandardCharsets.ISO_8859_1).length() + 1;
      throw new LoadException(String.format(
          "%s, line %d, column %d: byte 0x%02X is not %s; was the file written in another charset, such as windows-1252?",
          file, line, column, body[bad] & 0xFF, charset.name()));
    }
  }

  /** Returns whether {@code bytes} start with the UTF-8 byte-order mark. */
  static boolean hasBom(byte[] bytes) {
    return bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
  }

  private static int firstBadByte(byte[] body, Charset charset) {
    CharsetDecoder decoder =
        charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(body);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(body.length + 1);
    var result = decoder.decode(in, out, true);
    return result.isError() ? in.position() : body.length - 1;
  }
}
