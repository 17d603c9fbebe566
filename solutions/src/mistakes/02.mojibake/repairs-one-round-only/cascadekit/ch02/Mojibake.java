// Mistake: undoes one round of mojibake in repairFully, so text encoded wrongly twice stays garbled.
package cascadekit.ch02;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Exercise 02.mojibake: undo text that was decoded in the wrong charset, and only that.
 *
 * <p>When UTF-8 bytes are decoded as Windows-1252, each non-ASCII letter becomes two or three
 * characters: "Zürich" reads "ZÃ¼rich", and the fountain emoji "⛲" reads "â›²". The mistake
 * is reversible: encode the text back to Windows-1252 bytes and decode those bytes as UTF-8.
 * But a repair must leave correct text alone, and correct text can contain "Ã" ("SÃO PAULO").
 *
 * <p>Task 1. Return the repaired text: encode as Windows-1252, decode as UTF-8.
 * <pre>{@code
 * repair("ZÃ¼rich")   // => "Zürich"
 * repair("JoÃ£o")     // => "João"
 * }</pre>
 *
 * <p>Task 2. Leave text alone when it is not mojibake: when it has a character Windows-1252
 * cannot encode, or when its Windows-1252 bytes are not valid UTF-8. Decode strictly: a
 * decoder that replaces bad bytes with "\uFFFD" turns correct text into garbage.
 * <pre>{@code
 * repair("Zürich")      // => "Zürich"
 * repair("SÃO PAULO")   // => "SÃO PAULO"
 * }</pre>
 *
 * <p>Task 3. Repair text that went through the mistake twice, by repeating the repair until the
 * text stops changing.
 * <pre>{@code
 * repairFully("ZÃƒÂ¼rich")   // => "Zürich"
 * }</pre>
 */
public final class Mojibake {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private Mojibake() {}

  /** Returns {@code text} with one round of mojibake undone, or unchanged if it is not mojibake. */
  public static String repair(String text) {
    try {
      // REPORT, not the default REPLACE: String.getBytes(charset) would turn a character that
      // Windows-1252 lacks ("⛲") into '?' and "repair" correct text into garbage.
      ByteBuffer bytes =
          WINDOWS_1252.newEncoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .encode(CharBuffer.wrap(text));
      // Strict again: "SÃO" gives the bytes C3 4F, which are not UTF-8, so it was never mojibake.
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(bytes)
          .toString();
    } catch (CharacterCodingException e) {
      return text;
    }
  }

  /** Returns {@code text} with every round of mojibake undone. */
  public static String repairFully(String text) {
    return repair(text);
  }
}
