package cascadekit.examples.ch05;

import cascadekit.data.ReviewLabels;
import cascadekit.labeling.LabelColumns;
import cascadekit.report.HtmlReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The labeling report's confusion tables of the aggregated labels with gold, and its cascade-cost table. */
final class LabelingEvidence {
  private LabelingEvidence() {}

  /** Adds the confusion of majority vote and of Dawid-Skene with the gold labels, counts per cell. */
  static void confusion(HtmlReport report, LabelQualityRun run) {
    report.heading(LabelingPage.CONFUSION);
    report.paragraph("Rows: the gold label; columns: the aggregated label. Each cell counts gold reviews; the cells where"
        + " the two agree are marked \"✓ … right\", every other count is a wrong aggregated label.");
    List<String> ids = run.data().reviews().stream().map(ReviewLabels.Review::itemId).toList();
    for (String column : List.of(LabelColumns.MAJORITY_LABEL, LabelColumns.DAWID_SKENE_LABEL)) {
      List<String> labels = run.panel().labelled().stringColumn(column).asList();
      int[][] counts = new int[3][3];
      for (int i = 0; i < ids.size(); i++) {
        String gold = run.data().gold().get(ids.get(i));
        if (gold != null) {
          counts[ReviewLabels.CLASSES.indexOf(gold)][ReviewLabels.CLASSES.indexOf(labels.get(i))]++;
        }
      }
      String name = column.equals(LabelColumns.MAJORITY_LABEL) ? "majority vote" : "Dawid-Skene";
      List<String> header = new ArrayList<>(List.of("gold \\ " + name));
      ReviewLabels.CLASSES.forEach(header::add);
      List<List<String>> rows = new ArrayList<>();
      for (int g = 0; g < 3; g++) {
        List<String> row = new ArrayList<>(List.of(ReviewLabels.CLASSES.get(g)));
        for (int k = 0; k < 3; k++) {
          row.add(g == k ? "✓ " + counts[g][k] + " right" : Integer.toString(counts[g][k]));
        }
        rows.add(row);
      }
      report.table(header, rows);
    }
  }

  /** Adds the cascade-cost table as the example prints it. */
  static void cascade(HtmlReport report, CascadeCostTable table) {
    report.heading(LabelingPage.CASCADE);
    report.paragraph(String.format(Locale.ROOT, "Naive Bayes trained on the %d non-gold reviews with each set of labels,"
        + " scored on the same %d gold reviews. Cost: points of accuracy lost against the true labels; %.0f or more is an"
        + " error (✗).", table.trainRows(), table.testRows(), LabelingVerdict.COSTLY));
    double best = table.rows().get(0).accuracy();
    List<List<String>> rows = new ArrayList<>();
    for (CascadeCostTable.Row row : table.rows()) {
      double points = 100 * (best - row.accuracy());
      rows.add(List.of(row.name(), String.format(Locale.ROOT, "%d (%.1f%%)", row.wrongLabels(),
          100.0 * row.wrongLabels() / table.trainRows()), LabelingPage.f(row.accuracy()),
          (points >= LabelingVerdict.COSTLY ? "!" : "") + String.format(Locale.ROOT, "%.1f", points),
          ReviewLabels.CLASSES.stream().map(c -> String.format(Locale.ROOT, "%.2f", row.recall().get(c)))
              .reduce((a, b) -> a + " / " + b).orElse("")));
    }
    report.table(List.of("training labels", "wrong labels", "accuracy on gold", "cost (points)", "recall pos / neu / neg"),
        rows);
  }
}
