package cascadekit.report;

import cascadekit.check.ConstraintResult;
import cascadekit.check.Level;
import cascadekit.profile.Figures;
import java.util.Comparator;
import java.util.List;

/**
 * The first section of a report: what is wrong, errors before warnings, each finding saying how
 * bad (a number) and where (column, month, rows), linked to the section that holds the evidence.
 * The level is a word and a symbol ({@code ✗ ERROR}, {@code ⚠ WARN}), never a colour alone.
 *
 * <pre>{@code
 * Verdict.add(report, List.of(new Verdict.Item(Level.ERROR, "age", "age is between 0 and 120",
 *     "12 rows", "rows V00031, V00077", "clinic-visits-visits-csv")));
 * }</pre>
 */
public final class Verdict {
  /** The id of the verdict's section. */
  public static final String ID = "verdict";

  /**
   * One finding.
   *
   * @param level how much it matters
   * @param where the column, month or file it is about
   * @param what what is wrong, as a sentence
   * @param howBad how bad, with a number
   * @param rows the rows it concerns ("" when none)
   * @param anchor the id of the section with the evidence
   */
  public record Item(Level level, String where, String what, String howBad, String rows, String anchor) {}

  private Verdict() {}

  /** Returns the finding of a failed constraint, linked to {@code anchor}. */
  public static Item of(ConstraintResult failed, String anchor) {
    String shown = String.join(", ", failed.failingIds().subList(0, Math.min(5, failed.failingIds().size())));
    return new Item(failed.level(), failed.column() == null ? "(rows)" : failed.column(), failed.constraint() + " fails",
        failed.failingCount() + " rows (measured " + Figures.of(failed.value()) + ", needs "
            + failed.threshold() + ")", shown.isEmpty() ? "" : "rows " + shown + (failed.failingCount() > 5 ? ", …" : ""),
        anchor);
  }

  /** Adds the verdict section to {@code report}: a count line, then the findings, errors first. */
  public static void add(HtmlReport report, List<Item> items) {
    List<Item> sorted = items.stream().sorted(Comparator.comparing(Item::level)).toList();
    long errors = sorted.stream().filter(i -> i.level() == Level.ERROR).count();
    StringBuilder html = new StringBuilder("<section id=\"" + ID + "\">\n<h2>Verdict</h2>\n<p><strong>");
    html.append(items.isEmpty() ? "✓ Nothing found." : (errors > 0 ? "✗ " : "⚠ ") + plural(errors, "error") + ", "
        + plural(sorted.size() - errors, "warning") + ".").append("</strong> Details below each link.</p>\n<ol>\n");
    for (Item i : sorted) {
      html.append("<li><strong>").append(i.level() == Level.ERROR ? "✗ ERROR" : "⚠ WARN").append("</strong> ")
          .append("<a href=\"#").append(i.anchor()).append("\">").append(Html.escape(i.where())).append("</a>: ")
          .append(Html.escape(i.what())).append(" — ").append(Html.escape(i.howBad()))
          .append(i.rows().isEmpty() ? "" : "; " + Html.escape(i.rows())).append("</li>\n");
    }
    report.markup(html.append("</ol>\n</section>\n").toString());
  }

  private static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
