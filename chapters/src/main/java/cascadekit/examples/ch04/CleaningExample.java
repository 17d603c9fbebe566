package cascadekit.examples.ch04;

import cascadekit.clean.Cleaned;
import cascadekit.clean.DetectionScore;
import cascadekit.data.ClinicVisits;
import cascadekit.data.Datasets;
import cascadekit.report.ReportFolder;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tech.tablesaw.api.Table;

/**
 * Chapter 04's example: clean {@code clinic-visits} in small logged steps, score each step
 * against the defect manifest, write the audit log, and measure what cleaning is worth to a
 * model. Run it with {@code ./kit run 04}.
 */
public final class CleaningExample {
  static final List<String> COLUMNS = List.of("patient_id", "name", "visit_date", "age", "height_cm", "weight_kg", "sex",
      "diagnosis_code", "clinic", "notes");

  private CleaningExample() {}

  /** Runs the example and prints what it found. */
  public static void main(String[] args) {
    System.out.println("Chapter 04: cleaning clinic-visits, one logged step at a time");
    System.out.println();
    CleaningRun run = CleaningPipeline.run();
    System.out.println("1. datasets/" + ClinicVisits.FILE + " with chapter 02's schema, any clinic allowed and only \"\" and NA");
    System.out.println("   read as missing: " + run.reconciliation());
    System.out.println();
    System.out.println("2. Each step against the manifest (precision: share of its changes that hit a listed defect;");
    System.out.println("   recall: share of the listed defects it changed)");
    System.out.printf(Locale.ROOT, "   %-25s %-41s %4s %7s %7s %9s %6s%n", "rule", "what it does", "rows", "changes", "defects",
        "precision", "recall");
    for (StepRecorder.StepReport s : run.steps()) {
      DetectionScore d = s.score();
      System.out.printf(Locale.ROOT, "   %-25s %-41s %4d %7d %7d %9.3f %6.3f%n", s.rule(), s.label(), s.rowsTouched(), d.flagged(),
          d.defects(), d.precision(), d.recall());
    }
    System.out.println("   category values no map knew: " + (run.unmapped().isEmpty() ? "none" : run.unmapped()));
    System.out.println();
    printDuplicatesAndOutliers(run);
    printAudit(run);
    printCascadeCost(run);
    System.out.println();
    System.out.println("Report: " + CleaningPage.write(run) + " (open it in a browser; it needs no network)");
  }

  private static void printDuplicatesAndOutliers(CleaningRun run) {
    DetectionScore byDate = run.byDateScore();
    System.out.printf(Locale.ROOT, "3. Near duplicates (names within 2 edits once normalised): blocking on the date alone compares"
        + " %d pairs%n   and finds %d, precision %.3f: %d are namesakes, different patients seen the same day."
        + "%n   Blocking on date and patient compares %d pairs and finds %d, precision 1.000.%n%n",
        run.byDate().comparisons(), run.byDate().pairs().size(), byDate.precision(),
        byDate.flagged() - byDate.truePositives(), run.near().comparisons(), run.near().pairs().size());
    System.out.println("4. Weight outliers: three rules against the 15 slipped decimal points");
    System.out.printf(Locale.ROOT, "   %-30s %-26s %s%n", "", "before pounds converted", "after pounds converted");
    System.out.printf(Locale.ROOT, "   %-30s %-26s %s%n", "rule", "flagged precision recall", "flagged precision recall");
    run.outliersBeforeUnits().forEach((rule, before) -> {
      DetectionScore after = run.outliersAfterUnits().get(rule);
      System.out.printf(Locale.ROOT, "   %-30s %7d %9.3f %6.3f   %7d %9.3f %6.3f%n", rule, before.flagged(), before.precision(),
          before.recall(), after.flagged(), after.precision(), after.recall());
    });
    System.out.println();
  }

  private static void printAudit(CleaningRun run) {
    Path file = ReportFolder.path().resolve("04-audit.csv");
    run.log().write(file);
    Table truth = Datasets.clinicVisitsClean().table();
    TruthDiff before = TruthDiff.of(run.raw(), truth, COLUMNS);
    TruthDiff after = TruthDiff.of(run.cleaned(), truth, COLUMNS);
    System.out.println("5. Audit log: " + run.log().entries().size() + " entries written to " + ReportFolder.display(file));
    long imputed = run.log().entries().stream().filter(e -> e.column().endsWith("_missing") && Boolean.TRUE.equals(e.after())).count();
    System.out.printf(Locale.ROOT, "   cells that differ from visits_clean.csv: as loaded %d (and %d extra rows); cleaned %d (no extra rows):%n"
        + "   %d of the %d imputed values (a median is an estimate) and %d sex and diagnosis values left missing%n",
        before.cells(), before.extraRows(), after.cells(), after.imputed(), imputed, after.missing());
    Cleaned undone = run.log().undo(run.cleaned(), "height-metres");
    System.out.printf(Locale.ROOT, "   undo 'height-metres': %d cells back in metres, e.g. %s%n", undone.changes().size(),
        undone.changes().get(undone.changes().size() - 1));
    try {
      run.log().undo(run.cleaned(), "weight-outliers");
    } catch (IllegalStateException refused) {
      System.out.println("   undo 'weight-outliers' before 'impute-weight_kg': refused: " + refused.getMessage());
    }
    System.out.println();
  }

  private static void printCascadeCost(CleaningRun run) {
    CascadeCost cost = CascadeCost.of(run);
    System.out.println("6. Cascade cost: weight (kg) from height and sex by least squares, trained on the visits of "
        + cost.trainPatients() + " patients,");
    System.out.println("   scored on the " + cost.testVisits().rowCount() + " true visits of the other patients (mean absolute error, kg)");
    System.out.printf(Locale.ROOT, "   %-16s %9s %8s %24s%n", "trained on", "kg per cm", "all",
        "under 155 cm (" + cost.shortVisits().rowCount() + " visits)");
    Map<String, WeightModel> models = Map.of("true visits", cost.truth(), "raw visits", cost.raw(), "cleaned visits", cost.cleaned());
    for (String name : List.of("true visits", "raw visits", "cleaned visits")) {
      WeightModel model = models.get(name);
      System.out.printf(Locale.ROOT, "   %-16s %9.3f %8.2f %24.2f%n", name, model.kgPerCm(), model.meanAbsoluteError(cost.testVisits()),
          model.meanAbsoluteError(cost.shortVisits()));
    }
    double raw = cost.raw().meanAbsoluteError(cost.testVisits());
    double cleaned = cost.cleaned().meanAbsoluteError(cost.testVisits());
    double rawShort = cost.raw().meanAbsoluteError(cost.shortVisits());
    double cleanedShort = cost.cleaned().meanAbsoluteError(cost.shortVisits());
    System.out.printf(Locale.ROOT, "   Cascade cost: the raw visits add %.2f kg of error (%.0f%%), %.2f kg (%.0f%%) under 155 cm;"
        + " cleaning takes it back%n   to within %.2f kg of the model trained on the truth.%n",
        raw - cleaned, 100 * (raw - cleaned) / cleaned, rawShort - cleanedShort, 100 * (rawShort - cleanedShort) / cleanedShort,
        Math.max(Math.abs(cleaned - cost.truth().meanAbsoluteError(cost.testVisits())),
            Math.abs(cleanedShort - cost.truth().meanAbsoluteError(cost.shortVisits()))));
  }
}
