package cascadekit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a report page's verdict for page tests: its items as text, and checks that it is the
 * first section after the title and that every link in it points to an id on the page.
 *
 * <pre>{@code
 * VerdictHtml.assertFirstWithLinks(html);
 * assertThat(VerdictHtml.items(html)).anyMatch(i -> i.contains("age"));
 * }</pre>
 */
public final class VerdictHtml {
  private static final Pattern ITEM = Pattern.compile("<li>(.*?)</li>", Pattern.DOTALL);
  private static final Pattern LINK = Pattern.compile("href=\"#([^\"]+)\"");

  private VerdictHtml() {}

  /** Returns the verdict section's markup, from its opening tag to its closing one. */
  public static String section(String html) {
    int start = html.indexOf("<section id=\"" + Verdict.ID + "\">");
    assertThat(start).as("the page has a <section id=\"verdict\">").isNotNegative();
    return html.substring(start, html.indexOf("</section>", start) + "</section>".length());
  }

  /** Returns the text of each item of the verdict, in the page's order, tags removed and entities read. */
  public static List<String> items(String html) {
    List<String> items = new ArrayList<>();
    Matcher item = ITEM.matcher(section(html));
    while (item.find()) {
      items.add(text(item.group(1)));
    }
    return items;
  }

  /** Returns the ids the verdict's links point to, in the page's order. */
  public static List<String> links(String html) {
    List<String> anchors = new ArrayList<>();
    Matcher link = LINK.matcher(section(html));
    while (link.find()) {
      anchors.add(link.group(1));
    }
    return anchors;
  }

  /** Checks that the verdict follows the title with nothing between, and that each of its links has a target. */
  public static void assertFirstWithLinks(String html) {
    int title = html.indexOf("</h1>");
    assertThat(html.substring(title + "</h1>".length()).stripLeading())
        .as("what follows the page's <h1>: the verdict, first").startsWith("<section id=\"" + Verdict.ID + "\">");
    for (String anchor : links(html)) {
      assertThat(html).as("a verdict link to #%s needs an element with that id", anchor).contains(" id=\"" + anchor + "\"");
    }
  }

  private static String text(String markup) {
    return markup.replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&#39;", "'").replace("&amp;", "&");
  }
}
