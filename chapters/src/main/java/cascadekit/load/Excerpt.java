package cascadekit.load;

/**
 * Quotes offending text in a message: at most 60 characters, on one line, so an error about a
 * 10 MB field or a 100,000-column header stays one readable line.
 *
 * <pre>{@code
 * Excerpt.of("a\nb");  // "a\\nb"
 * }</pre>
 */
public final class Excerpt {
  /** The most characters of offending text a message quotes. */
  public static final int LIMIT = 60;

  private Excerpt() {}

  /** Returns {@code text} with line breaks escaped, cut to 60 characters with its length noted. */
  public static String of(String text) {
    if (text == null) {
      return "";
    }
    String cut = text.length() <= LIMIT ? text : text.substring(0, LIMIT);
    String shown = cut.replace("\r", "\\r").replace("\n", "\\n");
    return text.length() <= LIMIT ? shown : shown + "... (" + text.length() + " characters)";
  }
}
