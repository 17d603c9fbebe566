package cascadekit.examples.ch07;

import cascadekit.report.HtmlReport;
import cascadekit.report.SvgChart;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The splitting report's evidence on the model: AUC per split, points per leak, and the audit against the manifest. */
final class SplittingEvidence {
  private SplittingEvidence() {}

  /** Adds the AUC of each split, with the spread of the naive split's seeds, as a table and a chart. */
  static void auc(HtmlReport report, SplittingRun run) {
    CascadeCost cost = run.cost();
    report.heading(SplittingPage.AUC);
    report.paragraph(String.format(Locale.ROOT, "%d nearest neighbours; AUC on the test rows. Naive: a random quarter,"
        + " collections_flag kept, the scaler fitted on all rows, drawn with %d seeds. Honest: the latest quarter in time,"
        + " its applicants' earlier rows purged from training, the flag dropped, the scaler fitted on training rows; one"
        + " split, so no seeds. In service: the naive model on the honest test rows with collections_flag 0, as it is"
        + " when a loan is decided.", LoanPipeline.K, CascadeCost.SEEDS));
    List<List<String>> rows = List.of(
        List.of("naive", f(cost.naive()), String.format(Locale.ROOT, "sd %.3f over %d seeds", cost.naiveSd(), CascadeCost.SEEDS)),
        List.of("honest", f(cost.honest()), "one split"),
        List.of("honest, on its training rows", f(cost.honestTrain()), "no test set"),
        List.of("naive, in service", f(cost.served()), "one split"));
    report.table(List.of("split", "AUC", "spread"), rows);
    report.chart(SvgChart.of("AUC per split (0.5 is a coin toss)", "split", "AUC").threshold(0.5, "coin toss").bars(List.of("naive", "honest", "honest on training",
        "naive in service"), List.of(cost.naive(), cost.honest(), cost.honestTrain(), cost.served())));
  }

  /** Adds the points each kind of leakage adds to the naive AUC, against the seeds' spread. */
  static void leaks(HtmlReport report, CascadeCost cost) {
    report.heading(SplittingPage.LEAKS);
    report.paragraph(String.format(Locale.ROOT, "The naive pipeline with one leak fixed at a time; points: how much the leak"
        + " adds to the AUC. The seeds alone move the AUC by %.1f points (one sd): within that, a difference is noise;"
        + " beyond two sds it is marked ✗.", 100 * cost.naiveSd()));
    List<List<String>> rows = new ArrayList<>();
    for (CascadeCost.Fix fix : cost.fixes()) {
      double points = 100 * (cost.naive() - fix.auc());
      String beyond = points > 200 * cost.naiveSd() ? "!over 2 sd" : points > 100 * cost.naiveSd() ? "over 1 sd" : "within 1 sd";
      rows.add(List.of(fix.kind(), fix.fix(), f(fix.auc()), String.format(Locale.ROOT, "%+.1f", points + 0.0), beyond));
    }
    report.table(List.of("kind of leakage", "fix", "AUC once fixed", "points it adds", "against the seeds"), rows);
  }

  /** Adds the manifest's defects the naive split exposes and how many the audit found. */
  static void manifest(HtmlReport report, ManifestMatch match) {
    report.heading(SplittingPage.MANIFEST);
    report.paragraph("Exposed: a manifest pair (a repeat or a duplicate and its original) split across the two sides, or the"
        + " leaky column; found: the audit names its test-side row, or flags the column.");
    report.table(List.of("defect in the manifest", "exposed", "found", "missed", "by the check"), match.kinds().stream()
        .map(k -> List.of(k.defect(), Integer.toString(k.exposed()), Integer.toString(k.found()),
            (k.exposed() > k.found() ? "!" : "") + (k.exposed() - k.found()), k.check())).toList());
  }

  private static String f(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }
}
