package cascadekit.ch02;

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
  private Mojibake() {}

  /** Returns {@code text} with one round of mojibake undone, or unchanged if it is not mojibake. */
  public static String repair(String text) {
    // TODO: tasks 1 and 2: encode as windows-1252, decode strictly as UTF-8.
    throw new UnsupportedOperationException(
        "02.mojibake: Mojibake.repair is not written yet; do task 1, then ./kit check 02.mojibake");
  }

  /** Returns {@code text} with every round of mojibake undone. */
  public static String repairFully(String text) {
    // TODO: task 3: repeat repair until nothing changes.
    throw new UnsupportedOperationException(
        "02.mojibake: Mojibake.repairFully is not written yet; do task 3, then ./kit check 02.mojibake");
  }
}
