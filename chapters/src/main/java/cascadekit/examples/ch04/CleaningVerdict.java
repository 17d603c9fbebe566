package cascadekit.examples.ch04;

import cascadekit.check.Level;
import cascadekit.clean.DetectionScore;
import cascadekit.report.HtmlReport;
import cascadekit.report.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The cleaning report's verdict, scored against the manifest: a step that changed a cell the
 * manifest does not list, or missed one it lists, is an error; every defect a step found and fixed
 * is a warning (the raw data had it); cells still unlike the true visits and values no category map
 * knew are warnings.
 */
final class CleaningVerdict {
  static final String STEPS = HtmlReport.anchor(CleaningPage.STEPS);
  static final String TRUTH = HtmlReport.anchor(CleaningPage.TRUTH);

  private CleaningVerdict() {}

  /** Returns the findings of {@code run}, whose cleaned table is {@code after} away from the truth. */
  static List<Verdict.Item> of(CleaningRun run, TruthDiff after) {
    List<Verdict.Item> items = new ArrayList<>();
    for (StepRecorder.StepReport s : run.steps()) {
      DetectionScore d = s.score();
      boolean exact = d.precision() == 1 && d.recall() == 1;
      String what = exact ? String.join(", ", new TreeSet<>(s.defects())) + " fixed (" + s.label() + ")"
          : s.label() + ": " + Stream.of(plural(d.flagged() - d.truePositives(), "change") + " the manifest does not list",
              plural(d.defects() - d.truePositives(), "listed defect") + " missed").filter(t -> !t.startsWith("0 "))
              .collect(Collectors.joining(", "));
      String howBad = d.flagged() + " cells changed, " + d.defects() + " listed in the manifest"
          + (exact ? "" : String.format(Locale.ROOT, ": precision %.3f, recall %.3f", d.precision(), d.recall()));
      items.add(new Verdict.Item(exact ? Level.WARN : Level.ERROR, where(s), what, howBad, "rule " + s.rule(), STEPS));
    }
    if (after.cells() > 0) {
      items.add(new Verdict.Item(Level.WARN, "cleaned visits", "cells still unlike visits_clean.csv", after.cells()
          + " cells: " + after.imputed() + " imputed (a median is an estimate), " + after.missing() + " left missing", "", TRUTH));
    }
    if (!run.unmapped().isEmpty()) {
      items.add(new Verdict.Item(Level.WARN, "categories", "values no category map knew, left as written",
          run.unmapped().values().stream().mapToInt(Integer::intValue).sum() + " cells", run.unmapped().keySet().toString(),
          STEPS));
    }
    return items;
  }

  private static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  private static String where(StepRecorder.StepReport step) {
    TreeSet<String> columns = new TreeSet<>(step.columns());
    return columns.equals(new TreeSet<>(List.of(""))) ? "(whole rows)" : String.join(", ", columns);
  }
}
