package cascadekit.examples.ch07;

import cascadekit.check.Level;
import cascadekit.report.HtmlReport;
import cascadekit.report.Verdict;
import cascadekit.split.LeakageFinding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The splitting report's verdict. A check of {@code LeakageAudit} that broke its rule is an error;
 * one that kept its rule but names test rows is a warning. The AUC a split overstates, and the
 * points one leak adds, are errors beyond two standard deviations of the seeds and warnings
 * beyond one; within one, the seeds alone could explain them.
 */
final class SplittingVerdict {
  private SplittingVerdict() {}

  /** Returns the findings of {@code run}. */
  static List<Verdict.Item> of(SplittingRun run) {
    List<Verdict.Item> items = new ArrayList<>();
    CascadeCost cost = run.cost();
    double sd = cost.naiveSd();
    double overstated = cost.naive() - cost.honest();
    String auc = HtmlReport.anchor(SplittingPage.AUC);
    if (overstated > sd) {
      items.add(new Verdict.Item(overstated > 2 * sd ? Level.ERROR : Level.WARN, "naive split", "overstates the AUC",
          String.format(Locale.ROOT, "%.1f points: %.3f (mean of %d seeds, sd %.3f) against %.3f on the honest split; in"
              + " service the naive model scores %.3f", 100 * overstated, cost.naive(), CascadeCost.SEEDS, sd, cost.honest(),
              cost.served()), "", auc));
    }
    String audit = HtmlReport.anchor(SplittingPage.AUDIT);
    Map<String, String> manifest = new LinkedHashMap<>();
    run.match().kinds().forEach(k -> manifest.put(k.check(), k.defect() + ": " + k.found() + " of " + k.exposed()
        + (k.defect().equals("target_leak") ? " leaky columns found" : " exposed pairs found")));
    Map<String, List<LeakageFinding>> byKind = run.naiveAudit().findings().stream()
        .filter(f -> f.broken() || !f.rows().isEmpty())
        .collect(Collectors.groupingBy(LeakageFinding::kind, LinkedHashMap::new, Collectors.toList()));
    byKind.forEach((kind, findings) -> {
      LeakageFinding first = findings.get(0);
      boolean broken = findings.stream().anyMatch(LeakageFinding::broken);
      String where = findings.stream().map(LeakageFinding::subject).distinct().collect(Collectors.joining(", "));
      String howBad = findings.size() == 1 ? first.detail() : findings.size() + " findings, e.g. " + first.detail();
      String shown = first.rows().stream().limit(5).collect(Collectors.joining(", "));
      String rows = (shown.isEmpty() ? "" : "rows " + shown + (first.rows().size() > 5 ? ", …" : ""))
          + manifestNote(manifest, kind, shown.isEmpty());
      items.add(new Verdict.Item(broken ? Level.ERROR : Level.WARN, where, kind + (broken ? " breaks its rule" : " keeps its"
          + " rule but names test rows") + " (" + first.rule() + ")", howBad, rows, audit));
    });
    String leaks = HtmlReport.anchor(SplittingPage.LEAKS);
    for (CascadeCost.Fix fix : cost.fixes()) {
      double points = cost.naive() - fix.auc();
      if (points > sd) {
        items.add(new Verdict.Item(points > 2 * sd ? Level.ERROR : Level.WARN, fix.kind(), "adds to the naive AUC",
            String.format(Locale.ROOT, "%.1f points (%s: AUC %.3f); the seeds' sd is %.1f points", 100 * points, fix.fix(),
                fix.auc(), 100 * sd), "", leaks));
      }
    }
    return items;
  }

  /** Returns "; manifest: kind: found of exposed" for the check that matches a manifest defect. */
  private static String manifestNote(Map<String, String> manifest, String kind, boolean first) {
    String match = manifest.entrySet().stream().filter(e -> e.getKey().contains(kind)).map(Map.Entry::getValue)
        .findFirst().orElse("");
    return match.isEmpty() ? "" : (first ? "" : "; ") + "manifest " + match;
  }
}
