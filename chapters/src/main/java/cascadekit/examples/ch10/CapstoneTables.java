package cascadekit.examples.ch10;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The two tables of the capstone, as rows of text for the console and the report alike. */
final class CapstoneTables {
  static final List<String> SCORE_HEADER =
      List.of("defect kind", "stage", "defects", "flagged", "found", "precision", "recall", "where");
  static final List<String> COST_HEADER = List.of("fix skipped", "reported", "field", "cost (points)");

  private CapstoneTables() {}

  /** Returns one row per defect kind: its stage, counts, precision and recall, and where it is. */
  static List<List<String>> scores(List<KindScore> scores) {
    List<List<String>> rows = new ArrayList<>();
    for (KindScore s : scores) {
      rows.add(List.of(s.kind(), s.stage(), String.valueOf(s.score().defects()), String.valueOf(s.score().flagged()),
          String.valueOf(s.score().truePositives()), share(s.score().precision()), share(s.score().recall()), s.where()));
    }
    return rows;
  }

  /** Returns the accuracy with every fix, without each one, and of the model trained on the truth. */
  static List<List<String>> costs(CascadeCosts costs) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("none (every fix)", share(costs.full().reported()), share(costs.full().field()), ""));
    costs.without().forEach((fix, run) -> rows.add(List.of(CascadeCosts.describe(fix), share(run.reported()),
        share(run.field()), String.format(Locale.ROOT, "%+.1f", costs.points(fix)))));
    rows.add(List.of("(model trained on truth.csv)", "", share(costs.ceiling()), ""));
    return rows;
  }

  /** Returns {@code value} with three decimals, or "-" when undefined. */
  static String share(double value) {
    return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
  }
}
