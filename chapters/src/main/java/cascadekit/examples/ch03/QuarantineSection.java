package cascadekit.examples.ch03;

import cascadekit.load.QuarantinedRow;
import cascadekit.report.HtmlReport;
import java.util.List;

/** The health report's list of the rows chapter 02's loader set aside, with line and reason. */
final class QuarantineSection {
  static final String TITLE = "Quarantined rows of clinic-visits/visits.csv";

  private QuarantineSection() {}

  /** Adds the section: one row per quarantined line. */
  static void add(HtmlReport report, List<QuarantinedRow> rows) {
    report.heading(TITLE);
    report.paragraph(rows.size() + " rows the loader could not keep; no figure above counts them.");
    report.table(List.of("line", "column", "value", "reason"), rows.stream()
        .map(r -> List.of(Long.toString(r.line()), r.column(), r.value(), r.reason())).toList());
  }
}
