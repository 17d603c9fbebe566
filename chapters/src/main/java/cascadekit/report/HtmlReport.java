package cascadekit.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A self-contained HTML report: headings, paragraphs, tables and inline SVG charts, with its
 * style inlined, so it opens offline with no script, font or image from a network.
 *
 * <pre>{@code
 * HtmlReport report = HtmlReport.titled("Health of visits.csv");
 * report.heading("Completeness").table(List.of("column", "complete"), rows);
 * report.chart(SvgChart.bars("Missing values", labels, counts));
 * report.writeTo(Path.of("reports/03-health.html"));
 * }</pre>
 */
public final class HtmlReport {
  private static final String STYLE =
      "body{font-family:system-ui,sans-serif;margin:2em auto;padding:0 1em;max-width:60em;color:#222}"
          + "table{border-collapse:collapse;margin:1em 0;table-layout:fixed;width:100%}"
          + "th,td{border:1px solid #ccc;padding:.3em .6em;text-align:right;overflow:hidden;"
          + "text-overflow:ellipsis;white-space:nowrap}th{background:#f3f3f3;white-space:normal}"
          + "td:first-child,th:first-child{text-align:left}.alert{color:#b00020;font-weight:bold}"
          + "svg{display:block;margin:1em 0;max-width:100%;height:auto}"
          + "#verdict{border:2px solid #444;padding:0 1em}#verdict li{margin:.3em 0}"
          + "@media print{body{margin:0;max-width:none}td{white-space:normal}"
          + "table,svg,#verdict{break-inside:avoid}a{color:inherit;text-decoration:none}}";

  /** A cell longer than this may be cut to fit; it carries its full text on hover. */
  private static final int LONG_CELL = 16;

  private final StringBuilder body = new StringBuilder();
  private final String title;

  private HtmlReport(String title) {
    this.title = title;
    body.append("<h1>").append(Html.escape(title)).append("</h1>\n");
  }

  /** Returns an empty report with {@code title} as its title and first heading. */
  public static HtmlReport titled(String title) {
    return new HtmlReport(title);
  }

  /** Adds a section heading whose id is {@link #anchor(String) anchor(text)}, so a verdict can link to it. */
  public HtmlReport heading(String text) {
    body.append("<h2 id=\"").append(anchor(text)).append("\">").append(Html.escape(text)).append("</h2>\n");
    return this;
  }

  /** Returns the id a heading of {@code text} gets, e.g. {@code "Coverage per slice"} -> {@code coverage-per-slice}. */
  public static String anchor(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }

  /** Adds a paragraph of plain text. */
  public HtmlReport paragraph(String text) {
    body.append("<p>").append(Html.escape(text)).append("</p>\n");
    return this;
  }

  /**
   * Adds a table; a cell that starts with {@code "!"} is shown as an alert, without the mark and
   * with a {@code ✗} before it (so not by colour alone). A long cell is cut to fit, with its full
   * text on hover.
   */
  public HtmlReport table(List<String> header, List<List<String>> rows) {
    body.append("<table>\n<tr>");
    header.forEach(h -> body.append("<th>").append(Html.escape(h)).append("</th>"));
    body.append("</tr>\n");
    for (List<String> row : rows) {
      body.append("<tr>");
      for (String cell : row) {
        boolean alert = cell.startsWith("!");
        String text = !alert ? cell : cell.startsWith("!✗") ? cell.substring(1) : "✗ " + cell.substring(1);
        String title = text.length() > LONG_CELL ? " title=\"" + Html.escape(text) + "\"" : "";
        body.append(alert ? "<td class=\"alert\"" : "<td").append(title).append(">")
            .append(Html.escape(text))
            .append("</td>");
      }
      body.append("</tr>\n");
    }
    body.append("</table>\n");
    return this;
  }

  /** Adds markup made by this package (a verdict), as it is. */
  HtmlReport markup(String html) {
    body.append(html);
    return this;
  }

  /** Adds a chart made by {@link SvgChart}. */
  public HtmlReport chart(String svg) {
    body.append(svg).append('\n');
    return this;
  }

  /** Returns the whole document. */
  public String html() {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
        + Html.escape(title) + "</title>\n<style>" + STYLE + "</style>\n</head>\n<body>\n" + body
        + "</body>\n</html>\n";
  }

  /** Writes the document to {@code file}, creating its folder, and returns the file. */
  public Path writeTo(Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, html(), StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report " + file, e);
    }
  }
}
