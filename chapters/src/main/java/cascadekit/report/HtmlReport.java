package cascadekit.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
      "body{font-family:system-ui,sans-serif;margin:2em auto;max-width:60em;color:#222}"
          + "table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #ccc;padding:.3em .6em;"
          + "text-align:right}th{background:#f3f3f3}td:first-child,th:first-child{text-align:left}"
          + ".alert{color:#b00020;font-weight:bold}svg{display:block;margin:1em 0}";

  private final StringBuilder body = new StringBuilder();
  private final StringBuilder extraStyle = new StringBuilder();
  private final String title;

  private HtmlReport(String title) {
    this.title = title;
    body.append("<h1>").append(Html.escape(title)).append("</h1>\n");
  }

  /** Returns an empty report with {@code title} as its title and first heading. */
  public static HtmlReport titled(String title) {
    return new HtmlReport(title);
  }

  /** Adds a section heading. */
  public HtmlReport heading(String text) {
    body.append("<h2>").append(Html.escape(text)).append("</h2>\n");
    return this;
  }

  /** Adds a paragraph of plain text. */
  public HtmlReport paragraph(String text) {
    body.append("<p>").append(Html.escape(text)).append("</p>\n");
    return this;
  }

  /** Adds a table; a cell that starts with {@code "!"} is shown as an alert, without the mark. */
  public HtmlReport table(List<String> header, List<List<String>> rows) {
    body.append("<table>\n<tr>");
    header.forEach(h -> body.append("<th>").append(Html.escape(h)).append("</th>"));
    body.append("</tr>\n");
    for (List<String> row : rows) {
      body.append("<tr>");
      for (String cell : row) {
        boolean alert = cell.startsWith("!");
        body.append(alert ? "<td class=\"alert\">" : "<td>")
            .append(Html.escape(alert ? cell.substring(1) : cell))
            .append("</td>");
      }
      body.append("</tr>\n");
    }
    body.append("</table>\n");
    return this;
  }

  /** Adds a chart made by {@link SvgChart}. */
  public HtmlReport chart(String svg) {
    body.append(svg).append('\n');
    return this;
  }

  /** Adds CSS rules to the document's inline style. */
  public HtmlReport style(String css) {
    extraStyle.append(css);
    return this;
  }

  /** Adds markup that is already escaped, such as a {@link ReportTable}'s. */
  public HtmlReport fragment(String html) {
    body.append(html).append('\n');
    return this;
  }

  /** Returns the whole document. */
  public String html() {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
        + Html.escape(title) + "</title>\n<style>" + STYLE + extraStyle + "</style>\n</head>\n<body>\n" + body
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
