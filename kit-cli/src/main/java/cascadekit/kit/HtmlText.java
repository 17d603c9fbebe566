package cascadekit.kit;

/**
 * Text made safe to place in the kit's own HTML pages.
 *
 * <pre>{@code
 * HtmlText.escape("<b> & \"q\"");   // => &lt;b&gt; &amp; &quot;q&quot;
 * }</pre>
 */
final class HtmlText {
  private HtmlText() {}

  /** Returns {@code text} with the five HTML special characters escaped. */
  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
