package cascadekit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A written report's HTML, read with a few patterns (the kit's pages are made by
 * {@link HtmlReport}, so their markup is regular): its verdict, its ids, its charts.
 *
 * <pre>{@code
 * ReportPage page = ReportPage.of(Files.readString(file));
 * page.assertReadable();
 * assertThat(page.verdictItems()).anyMatch(i -> i.contains("40 rows"));
 * }</pre>
 */
public record ReportPage(String html) {
  private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\"");
  private static final Pattern LINK = Pattern.compile("href=\"#([^\"]*)\"");
  private static final Pattern SVG = Pattern.compile("<svg\\b[^>]*>");
  private static final Pattern LABEL = Pattern.compile("aria-label=\"([^\"]*)\"");
  private static final Pattern ITEM = Pattern.compile("<li>(.*?)</li>", Pattern.DOTALL);
  private static final Pattern CELL = Pattern.compile("<t[hd][^>]*>([^<]*)</t[hd]>");
  private static final Pattern TAG = Pattern.compile("<[^>]+>");

  /** Returns the page of {@code html}. */
  public static ReportPage of(String html) {
    return new ReportPage(html);
  }

  /** Returns the verdict section's markup. */
  public String verdict() {
    int start = html.indexOf("<section id=\"" + Verdict.ID + "\">");
    assertThat(start).as("the page has a verdict section").isNotNegative();
    return html.substring(start, html.indexOf("</section>", start));
  }

  /** Returns the verdict's findings as text, tags removed and entities read. */
  public List<String> verdictItems() {
    List<String> items = new ArrayList<>();
    Matcher item = ITEM.matcher(verdict());
    while (item.find()) {
      items.add(TAG.matcher(item.group(1)).replaceAll("").replace("&lt;", "<").replace("&gt;", ">")
          .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&"));
    }
    return items;
  }

  /** Returns the ids the verdict's links point to, in the page's order. */
  public List<String> verdictLinks() {
    return LINK.matcher(verdict()).results().map(m -> m.group(1)).toList();
  }

  /** Returns the cells' text of the first table after the heading {@code heading}, one list per row, header first. */
  public List<List<String>> table(String heading) {
    int start = html.indexOf("id=\"" + HtmlReport.anchor(heading) + "\"");
    assertThat(start).as("the page has a section %s", heading).isNotNegative();
    int table = html.indexOf("<table", start);
    String markup = html.substring(table, html.indexOf("</table>", table));
    List<List<String>> rows = new ArrayList<>();
    for (String row : markup.split("<tr>")) {
      Matcher cell = CELL.matcher(row);
      List<String> cells = new ArrayList<>();
      while (cell.find()) {
        cells.add(cell.group(1));
      }
      if (!cells.isEmpty()) {
        rows.add(cells);
      }
    }
    return rows;
  }

  /** Returns every id in the page. */
  public Set<String> ids() {
    Set<String> ids = new TreeSet<>();
    ID.matcher(html).results().forEach(m -> ids.add(m.group(1)));
    return ids;
  }

  /**
   * Asserts what a reader needs of every report: the verdict is the first section after the
   * title, every chart has an accessible name, every link of the verdict lands on an id of the
   * page, and nothing is fetched from a network.
   */
  public void assertReadable() {
    int h1 = html.indexOf("</h1>");
    assertThat(h1).as("the page has a title").isPositive();
    assertThat(html.substring(h1 + "</h1>".length()).stripLeading())
        .as("the first thing after the title is the verdict").startsWith("<section id=\"" + Verdict.ID + "\">");
    Matcher svg = SVG.matcher(html);
    while (svg.find()) {
      Matcher label = LABEL.matcher(svg.group());
      assertThat(label.find() && !label.group(1).isBlank()).as("an accessible name on the chart %s", svg.group()).isTrue();
    }
    Set<String> ids = ids();
    List<String> links = verdictLinks();
    links.forEach(link -> assertThat(ids).as("the verdict's link #%s lands on an id of the page", link).contains(link));
    assertThat(links).as("links from the verdict to the evidence, one per finding").hasSize(verdictItems().size());
    assertThat(html).as("offline").doesNotContain("<script", " src=", "href=\"http", "@import");
    assertThat(html).as("offline: url() only to a fragment of the page, as an SVG marker").doesNotContainPattern("url\\((?!#)");
  }
}
