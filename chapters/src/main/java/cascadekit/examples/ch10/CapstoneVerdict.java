package cascadekit.examples.ch10;

import cascadekit.check.Level;
import cascadekit.report.HtmlReport;
import cascadekit.report.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The capstone report's verdict: one finding per defect kind of the manifests, what the pipeline
 * found of it (how many, with precision and recall) and where. A kind that would teach the model
 * something false is an error; a change of the world the model must be told about (drift, a
 * district's missing visits) is a warning. A kind no stage found is listed as not found.
 */
final class CapstoneVerdict {
  /** The section of the report with the per-kind evidence. */
  static final String FINDINGS = "What each stage found against the manifests";

  private static final Set<String> WARNINGS = Set.of("feature_drift", "volume_drop");

  private CapstoneVerdict() {}

  /** Returns one verdict item per defect kind. */
  static List<Verdict.Item> of(List<KindScore> scores) {
    List<Verdict.Item> items = new ArrayList<>();
    for (KindScore s : scores) {
      Level level = WARNINGS.contains(s.kind()) || !s.found() ? Level.WARN : Level.ERROR;
      String what = s.found() ? s.kind() + " found by the " + s.stage() + " stage"
          : s.kind() + " not found by any stage";
      String howBad = String.format(java.util.Locale.ROOT, "%d of %d found (precision %s, recall %s)",
          s.score().truePositives(), s.score().defects(), CapstoneTables.share(s.score().precision()),
          CapstoneTables.share(s.score().recall()));
      items.add(new Verdict.Item(level, s.where(), what, howBad, "", HtmlReport.anchor(FINDINGS)));
    }
    return items;
  }
}
