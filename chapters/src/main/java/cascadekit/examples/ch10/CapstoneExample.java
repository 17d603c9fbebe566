package cascadekit.examples.ch10;

import cascadekit.check.ConstraintResult;
import cascadekit.check.ValidationResult;
import cascadekit.clean.AuditEntry;
import cascadekit.load.Loaded;
import cascadekit.load.QuarantinedRow;
import cascadekit.profile.ColumnProfile;
import cascadekit.report.ReportFolder;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Chapter 10's example: the whole toolbox on {@code crop-survey}, one table flowing through load,
 * profile, clean, labels, validate, split, model, monitor and document. It prints what each stage
 * found against the manifests (precision and recall per defect kind), the cascade cost of each fix,
 * and writes one HTML report, verdict first. Run it with {@code ./kit run 10}.
 */
public final class CapstoneExample {
  static final String REPORT = "10-capstone.html";
  static final String LINEAGE = "10-lineage.jsonl";

  private CapstoneExample() {}

  /** Runs the pipeline and prints what it found. */
  public static void main(String[] args) {
    CapstoneRun run = CapstoneRun.of(ReportFolder.path().resolve(LINEAGE));
    RawCells raw = RawCells.read();
    List<KindScore> scores = ManifestScores.of(run, Manifest.read(raw), raw);
    CascadeCosts costs = CascadeCosts.of(run.training(), run.stages());
    System.out.println("Chapter 10: the capstone pipeline on crop-survey (season 1 to learn from, season 2 to monitor)");
    System.out.println();
    printStages(run);
    System.out.println();
    System.out.println("What the pipeline found against the manifests (flagged: what the stage changed or raised;");
    System.out.println("found: flagged and in the manifest):");
    print("%-24s %-9s %7s %7s %6s %9s %6s  %s", CapstoneTables.SCORE_HEADER, CapstoneTables.scores(scores));
    System.out.println();
    System.out.printf("Cascade cost: %d-NN held-out accuracy with every fix, then without one (split by plot, seed %d).%n",
        CropModel.K, Training.SEED);
    System.out.println("reported: against the pipeline's labels; field: against the true labels, no treatment given yet.");
    print("%-34s %8s %6s %13s", CapstoneTables.COST_HEADER, CapstoneTables.costs(costs));
    Path report = CapstonePage.write(run, scores, costs, ReportFolder.path().resolve(REPORT));
    System.out.println();
    System.out.println("Lineage: " + run.lineage().size() + " run events in " + ReportFolder.display(ReportFolder.path().resolve(LINEAGE)));
    System.out.println("Report: " + ReportFolder.display(report) + " (open it in a browser; it needs no network)");
  }

  private static void printStages(CapstoneRun run) {
    List<Loaded> files = new java.util.ArrayList<>(run.training().loading().files());
    files.addAll(run.seasonTwo().files());
    for (int f = 0; f < files.size(); f++) {
      System.out.printf("load      %-30s %s%n", cascadekit.data.CropSurvey.VISIT_FILES.get(f) + ":",
          files.get(f).result().reconciliation());
    }
    Map<String, Long> reasons = files.stream().flatMap(f -> f.result().quarantined().stream())
        .collect(Collectors.groupingBy(QuarantinedRow::column, TreeMap::new, Collectors.counting()));
    System.out.printf("          quarantined by column %s; %d cells repaired from mojibake%n", reasons,
        files.stream().mapToLong(f -> f.repairs().size()).sum());
    String incomplete = run.profiles().stream().filter(p -> p.completeness() < 1)
        .map(p -> p.name() + " " + CapstoneTables.share(p.completeness())).collect(Collectors.joining(", "));
    System.out.println("profile   season 1, complete below 1: " + incomplete);
    Map<String, Long> rules = run.training().cleaning().log().entries().stream()
        .collect(Collectors.groupingBy(AuditEntry::rule, java.util.LinkedHashMap::new, Collectors.counting()));
    System.out.println("clean     season 1 audit log, changes by rule: " + rules);
    CropLabels labels = run.stages().labels();
    Map<String, String> gold = new TreeMap<>();
    labels.goldAccuracy().forEach((a, acc) -> gold.put(a, CapstoneTables.share(acc)));
    System.out.printf("labels    accuracy on gold %s; below %.1f left out%n", gold, CropLabels.TRUSTED);
    System.out.printf("          off gold, against the truth: majority vote %s, Dawid-Skene with gold %s%n",
        CapstoneTables.share(labels.accuracyOffGold(labels.majority(), run.stages().truth().labels())),
        CapstoneTables.share(labels.accuracyOffGold(labels.labels(), run.stages().truth().labels())));
    System.out.println("validate  season 1: " + verdict(run.gateOne()));
    System.out.println("          season 2: " + verdict(run.gateTwo()));
    LeakCheck leak = run.stages().leakCheck();
    System.out.printf("split     by plot_id, %.0f%% of plots held out: %d train, %d test; leaking %s dropped; audit after: %d broken%n",
        100 * Training.TEST_SHARE, run.training().split().train().rowCount(), run.training().split().test().rowCount(),
        leak.before().broken().stream().map(f -> f.subject() + " (power " + CapstoneTables.share(f.value()) + ")").toList(),
        leak.after().broken().size());
    System.out.printf("model     %d-NN on %s: accuracy %s reported, %s in the field%n", CropModel.K,
        "yield/ha, fertiliser/ha, rainfall, irrigated, variety", CapstoneTables.share(run.training().reported()),
        CapstoneTables.share(run.training().field()));
    SeasonMonitor m = run.monitor();
    System.out.printf("monitor   season 2: PSI rainfall_mm %s (drifted: %s); stale tablets %s; districts down >%.0f%%: %s%n",
        CapstoneTables.share(m.score("rainfall_mm", "psi")), m.drifted(), m.stale(), 100 * SeasonMonitor.MAX_DROP,
        m.dropped().stream().map(d -> d + " " + m.volume().get(d)[0] + " -> " + m.volume().get(d)[1]).toList());
    Documentation d = run.documentation();
    System.out.printf("document  lock %s (version %s...); datasheet: %d figures, %d stale%n",
        d.lock().isEmpty() ? "matches the files" : "DIFFERS: " + d.lock().lines(), d.version().substring(0, 12),
        d.figures(), d.stale().size());
  }

  static String verdict(ValidationResult result) {
    String failed = result.failures().stream()
        .map(f -> f.level() + " " + f.constraint() + " (" + f.failingCount() + " rows)").collect(Collectors.joining("; "));
    return (result.passed() ? "passed" : "FAILED") + (failed.isEmpty() ? "" : ": " + failed);
  }

  private static void print(String format, List<String> header, List<List<String>> rows) {
    System.out.println(String.format(Locale.ROOT, format, header.toArray()).stripTrailing());
    rows.forEach(r -> System.out.println(String.format(Locale.ROOT, format, r.toArray()).stripTrailing()));
  }
}
