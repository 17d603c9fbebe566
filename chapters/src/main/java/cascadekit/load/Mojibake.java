package cascadekit.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Repairs mojibake: UTF-8 text that was decoded as Windows-1252, so "Zürich" reads "ZÃ¼rich".
 * The repair reverses the mistake (encode as Windows-1252, decode as UTF-8) and keeps the
 * result only when every step is exact; correct text is returned unchanged.
 *
 * <pre>{@code
 * Mojibake.repair("ZÃ¼rich");  // "Zürich"
 * Mojibake.repair("Zürich");   // "Zürich", left alone
 * }</pre>
 */
public final class Mojibake {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private Mojibake() {}

  /** Returns {@code text} repaired if it is mojibake, else {@code text} itself. */
  public static String repair(String text) {
    if (text.chars().allMatch(c -> c < 0x80)) {
      return text;
    }
    byte[] bytes = windows1252Bytes(text);
    if (bytes == null) {
      return text; // a character Windows-1252 has no byte for: this text was never read as it
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return text; // the bytes are not UTF-8, so the text was right as it was ("SÃO PAULO")
    }
  }

  /** Returns whether {@code text} changes under {@link #repair}. */
  public static boolean isMojibake(String text) {
    return !repair(text).equals(text);
  }

  /**
   * Returns the Windows-1252 bytes of {@code text}, or null if it has a character that charset
   * cannot hold. The five byte values Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90,
   * 0x9D) come back as the control characters of the same number, as browsers decode them.
   */
  private static byte[] windows1252Bytes(String text) {
    CharsetEncoder encoder = WINDOWS_1252.newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer out = ByteBuffer.allocate(text.length());
    for (char c : text.toCharArray()) {
      if (c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D) {
        out.put((byte) c);
        continue;
      }
      try {
        out.put(encoder.encode(CharBuffer.wrap(new char[] {c})));
      } catch (CharacterCodingException e) {
        return null;
      }
    }
    byte[] bytes = new byte[out.position()];
    out.flip().get(bytes);
    return bytes;
  }
}
