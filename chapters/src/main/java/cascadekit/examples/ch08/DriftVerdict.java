package cascadekit.examples.ch08;

import cascadekit.check.Level;
import cascadekit.monitoring.Finding;
import cascadekit.report.HtmlReport;
import cascadekit.report.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The drift report's verdict: the cascade cost first, then every alert. An alert that feeds the
 * model wrong inputs (skew, stale timestamps, an unseen category) is an error; a change the data
 * may truly have (a shifted mean, a wider spread, fewer rows) is a warning to look at.
 */
final class DriftVerdict {
  /** The defects that put wrong values in front of the model. */
  static final Set<String> ERRORS = Set.of("training_serving_skew", "stale_timestamps", "new_category");

  /** The headings the findings link to. */
  static final String ALERTS = "Alerts";
  static final String CASCADE = "Cascade cost";

  private DriftVerdict() {}

  /** Returns the findings of {@code run}: the accuracy lost, then one per alert. */
  static List<Verdict.Item> of(MonitorRun run) {
    List<Verdict.Item> items = new ArrayList<>();
    double before = run.meanAccuracy(0, 6);
    double after = run.meanAccuracy(6, 12);
    items.add(new Verdict.Item(Level.ERROR, "failure model, Jul-Dec", "accuracy fell while no step failed",
        String.format(Locale.ROOT, "%.1f points lost (mean accuracy Jan-Jun %.3f, Jul-Dec %.3f)", 100 * (before - after),
            before, after), "", HtmlReport.anchor(CASCADE)));
    for (Finding f : run.alerts()) {
      items.add(new Verdict.Item(ERRORS.contains(f.defect()) ? Level.ERROR : Level.WARN,
          f.month() + " " + (f.column().isEmpty() ? "(rows)" : f.column()), f.defect().replace('_', ' '), f.detail(), "",
          HtmlReport.anchor(ALERTS)));
    }
    return items;
  }
}
