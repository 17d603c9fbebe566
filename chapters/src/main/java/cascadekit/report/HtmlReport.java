package cascadekit.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A self-contained HTML report: headings, paragraphs, tables and inline SVG charts, with its
 * style inlined, so it opens offline with no script, font or image from a network.
 *
 * <pre>{@code
 * HtmlReport report = HtmlReport.titled("Health of visits.csv");
 * report.heading("Completeness").table(List.of("column", "complete"), rows);
 * report.chart(SvgChart.of("Missing values", "column", "missing rows").bars(labels, counts));
 * report.writeTo(Path.of("reports/03-health.html"));
 * }</pre>
 */
public final class HtmlReport {
  private static final String STYLE =
      "body{font-family:system-ui,sans-serif;margin:2em auto;padding:0 1em;max-width:60em;color:#222}"
          + "table{border-collapse:collapse;margin:1em 0;table-layout:fixed;width:100%}"
          + "th,td{border:1px solid #ccc;padding:.3em .6em;text-align:left;overflow-wrap:anywhere}"
          + "th{background:#f3f3f3}.num{text-align:right}table:not(.wide) th.num{width:6.5em}"
          + "td.num,.wide td{white-space:nowrap;overflow-wrap:normal;overflow:hidden;text-overflow:ellipsis}"
          + ".wide th{overflow-wrap:normal}.alert{color:#b00020;font-weight:bold}"
          + "svg{display:block;margin:1em 0;max-width:100%;height:auto}"
          + "#verdict{border:2px solid #444;padding:0 1em}#verdict li{margin:.3em 0}"
          + "@media print{body{margin:0;max-width:none}.wide td{white-space:normal}"
          + "table,svg,#verdict{break-inside:avoid}a{color:inherit;text-decoration:none}}";

  /** A cell longer than this carries its full text on hover too. */
  private static final int LONG_CELL = 16;

  /** A table with more columns keeps each cell on one line, cut to fit, rather than wrap it into a tall row. */
  private static final int WRAPPING_COLUMNS = 6;

  /** A number, a share or a flagged score: {@code 3020}, {@code -0.05}, {@code 1.3%}, {@code ✗ 0.938}. */
  private static final Pattern NUMBER = Pattern.compile("!?(✗ )?[-+−]?\\d[\\d.,]*(e[-+]?\\d+)?%?");

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
   * with a {@code ✗} before it (so not by colour alone). A column of numbers is right-aligned and
   * kept on one line; text wraps, so a key value is not cut, except in a table of more than six
   * columns, where it is cut to one line. A long cell has its full text on hover.
   */
  public HtmlReport table(List<String> header, List<List<String>> rows) {
    boolean[] numeric = numericColumns(header.size(), rows);
    body.append(header.size() > WRAPPING_COLUMNS ? "<table class=\"wide\">\n<tr>" : "<table>\n<tr>");
    for (int c = 0; c < header.size(); c++) {
      body.append(numeric[c] ? "<th class=\"num\">" : "<th>").append(Html.escape(header.get(c))).append("</th>");
    }
    body.append("</tr>\n");
    for (List<String> row : rows) {
      body.append("<tr>");
      for (int c = 0; c < row.size(); c++) {
        String cell = row.get(c);
        boolean alert = cell.startsWith("!");
        String text = !alert ? cell : cell.startsWith("!✗") ? cell.substring(1) : "✗ " + cell.substring(1);
        String title = text.length() > LONG_CELL ? " title=\"" + Html.escape(text) + "\"" : "";
        boolean num = c < numeric.length && numeric[c];
        String css = alert && num ? "alert num" : alert ? "alert" : num ? "num" : "";
        body.append(css.isEmpty() ? "<td" : "<td class=\"" + css + "\"").append(title).append(">")
            .append(Html.escape(text))
            .append("</td>");
      }
      body.append("</tr>\n");
    }
    body.append("</table>\n");
    return this;
  }

  private static boolean[] numericColumns(int columns, List<List<String>> rows) {
    boolean[] numeric = new boolean[columns];
    for (int c = 0; c < columns; c++) {
      boolean any = false;
      boolean all = true;
      for (List<String> row : rows) {
        String cell = c < row.size() ? row.get(c) : "";
        any |= !cell.isEmpty();
        all &= cell.isEmpty() || NUMBER.matcher(cell).matches();
      }
      numeric[c] = any && all;
    }
    return numeric;
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
