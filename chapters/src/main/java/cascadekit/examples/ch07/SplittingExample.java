package cascadekit.examples.ch07;

import cascadekit.data.Datasets;
import cascadekit.examples.ch07.CascadeCost.Fix;
import cascadekit.split.TrainTest;
import cascadekit.split.LeakageFinding;
import cascadekit.split.LeakageReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tech.tablesaw.api.Table;

/**
 * Chapter 07's example: the loan model scored on a naive random split and on an honest one, the
 * points of AUC each kind of leakage adds, and a leakage audit of both splits held against the
 * dataset's manifest. Run it with {@code ./kit run 07}.
 */
public final class SplittingExample {
  private SplittingExample() {}

  /** Scores the model on both splits, measures each leak and audits the splits. */
  public static void main(String[] args) {
    SplittingRun run = SplittingRun.of(Datasets.loanApplications());
    Table loans = run.loans();
    TrainTest honest = run.honest();
    CascadeCost cost = run.cost();
    System.out.printf("Chapter 07: splitting loan-applications, %d applications by %d applicants%n%n",
        loans.rowCount(), loans.stringColumn("applicant_id").countUnique());
    System.out.printf(Locale.ROOT, "Model: %d nearest neighbours on z-scored %s,%n       purpose (one-hot) and,"
        + " in the naive pipeline, collections_flag; score: AUC on the test rows%n",
        LoanPipeline.K, String.join(", ", LoanPipeline.NUMERIC));
    System.out.printf(Locale.ROOT, "Naive split  (random quarter, collections_flag kept, scaler on all rows): AUC %.3f"
        + " (mean of %d seeds, sd %.3f)%n", cost.naive(), CascadeCost.SEEDS, cost.naiveSd());
    System.out.printf(Locale.ROOT, "Honest split (latest quarter, %d rows; %d earlier rows of its applicants purged"
        + " from training;%n              flag dropped, scaler on training rows): AUC %.3f%n", honest.test().rowCount(),
        LoanSplits.timed(loans).train().rowCount() - honest.train().rowCount(), cost.honest());
    System.out.printf(Locale.ROOT, "The naive split overstates the AUC by %.1f points. Scored on its own training rows"
        + " (no test set), the honest model gets %.3f.%n", 100 * (cost.naive() - cost.honest()), cost.honestTrain());
    System.out.printf(Locale.ROOT, "In service, where collections_flag is still 0 when a loan is decided, the naive"
        + " model scores %.3f.%n%n", cost.served());
    System.out.println("Cascade cost per kind of leakage (the naive pipeline with that one leak fixed;");
    System.out.printf(Locale.ROOT,
        "points the leak adds to the AUC; the seeds alone move it by %.1f points, one sd):%n", 100 * cost.naiveSd());
    for (Fix fix : cost.fixes()) {
      System.out.printf(Locale.ROOT, "  %-40s %-42s AUC %.3f  %+5.1f points%n",
          fix.kind(), fix.fix(), fix.auc(), points(cost.naive() - fix.auc()));
    }
    printAudit("naive split, seed " + AuditRun.SEED, run.naiveAudit(), false);
    printAudit("honest split", run.honestAudit(), true);
    System.out.println();
    System.out.println("Audit of the naive split against the manifest (exposed: split across the two sides):");
    for (ManifestMatch.Kind kind : run.match().kinds()) {
      System.out.printf("  %-22s %3d exposed, %3d found, %3d missed (by %s)%n",
          kind.defect(), kind.exposed(), kind.found(), kind.exposed() - kind.found(), kind.check());
    }
    System.out.println();
    System.out.println("Report: " + SplittingPage.write(run) + " (open it in a browser; it needs no network)");
  }

  /** Returns {@code difference} in points of AUC, to one decimal, with no negative zero. */
  private static double points(double difference) {
    return Math.round(1000 * difference) / 10.0 + 0.0;
  }

  /**
   * Prints each kind's first finding (of those that broke their rule or name rows, unless {@code
   * every}), and how many more of the kind.
   */
  private static void printAudit(String name, LeakageReport report, boolean every) {
    System.out.printf("%nLeakage audit of the %s: %d of %d checks broken%n",
        name, report.broken().size(), report.findings().size());
    Map<String, List<LeakageFinding>> shown = new LinkedHashMap<>();
    report.findings().stream().filter(f -> every || f.broken() || !f.rows().isEmpty())
        .forEach(f -> shown.computeIfAbsent(f.kind(), k -> new ArrayList<>()).add(f));
    String newline = System.lineSeparator();
    shown.forEach((kind, findings) -> {
      String first = findings.get(0).toString();
      String more = findings.size() > 1 ? " (and " + (findings.size() - 1) + " more like it)" : "";
      if (every) {
        System.out.println("  " + first.substring(0, first.indexOf(newline)) + more);
      } else {
        String tail = more.isEmpty() ? "" : newline + "      " + more;
        System.out.println("  " + first.replace(newline, newline + "  ") + tail);
      }
    });
  }
}
