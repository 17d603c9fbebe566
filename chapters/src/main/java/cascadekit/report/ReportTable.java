package cascadekit.report;

import java.util.List;

/**
 * Markup for reports that state a verdict first: the verdict box, and tables that fit the page
 * (fixed layout, long cells cut with an ellipsis and their full text in {@code title=}). Add
 * {@link #STYLE} to the report once, then each fragment with {@link HtmlReport#fragment}.
 *
 * <pre>{@code
 * report.style(ReportTable.STYLE);
 * report.fragment(ReportTable.verdict("✗ 40 of 3,060 rows quarantined", findings));
 * report.fragment(ReportTable.table(header, rows));
 * }</pre>
 */
public final class ReportTable {
  /** Fixed-layout tables, cut cells, the verdict box, and rules for paper. */
  public static final String STYLE = "table.fit{table-layout:fixed;width:100%}"
      + "table.fit td,table.fit th{overflow:hidden;text-overflow:ellipsis;white-space:nowrap}"
      + "section.verdict{border:2px solid #444;padding:0 1em;margin:1em 0}"
      + "@media print{body{max-width:none;margin:0;font-size:10pt;color:#000}"
      + "table.fit td,table.fit th{white-space:normal;word-break:break-word}section,tr{break-inside:avoid}}";

  private ReportTable() {}

  /** Returns the verdict section: a headline, then one list item per finding, worst first. */
  public static String verdict(String headline, List<String> findings) {
    StringBuilder html = new StringBuilder("<section class=\"verdict\" id=\"verdict\">\n<h2>Verdict</h2>\n<p><strong>")
        .append(Html.escape(headline)).append("</strong></p>\n");
    if (!findings.isEmpty()) {
      html.append("<ul>\n");
      findings.forEach(f -> html.append("<li>").append(Html.escape(f)).append("</li>\n"));
      html.append("</ul>\n");
    }
    return html.append("</section>").toString();
  }

  /**
   * Returns a table that fits the page; a cell that starts with {@code "!"} is shown as an alert,
   * without the mark (its text must still say what is wrong: colour is never the only sign).
   */
  public static String table(List<String> header, List<List<String>> rows) {
    StringBuilder html = new StringBuilder("<table class=\"fit\">\n<tr>");
    header.forEach(h -> html.append("<th title=\"").append(Html.escape(h)).append("\">").append(Html.escape(h)).append("</th>"));
    html.append("</tr>\n");
    for (List<String> row : rows) {
      html.append("<tr>");
      for (String cell : row) {
        boolean alert = cell.startsWith("!");
        String text = Html.escape(alert ? cell.substring(1) : cell);
        html.append("<td").append(alert ? " class=\"alert\"" : "").append(" title=\"").append(text).append("\">")
            .append(text).append("</td>");
      }
      html.append("</tr>\n");
    }
    return html.append("</table>").toString();
  }
}
