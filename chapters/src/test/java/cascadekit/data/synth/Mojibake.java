package cascadekit.data.synth;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Makes mojibake: text whose UTF-8 bytes were read as Windows-1252.
 *
 * <pre>{@code
 * Mojibake.of("Zürich") // => "ZÃ¼rich"
 * }</pre>
 */
final class Mojibake {
  /** Windows-1252, the charset a UTF-8 file is most often misread as. */
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private Mojibake() {}

  /** Returns {@code text} as it reads when its UTF-8 bytes are decoded as Windows-1252. */
  static String of(String text) {
    return new String(text.getBytes(StandardCharsets.UTF_8), WINDOWS_1252);
  }
}
