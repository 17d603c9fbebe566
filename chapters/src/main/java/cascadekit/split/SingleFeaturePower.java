package cascadekit.split;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tech.tablesaw.api.NumberColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * How well one column predicts the label on its own: a one-feature model fitted on the training
 * rows, scored on training and on test. It is the kit's counterpart of deepchecks' predictive power
 * score, with accuracy for F1 and bins for a decision tree.
 *
 * <p>The model: an ordered column (numbers, dates, times, and any column passed as ordered, such as
 * an id) is cut into up to ten bins at the training deciles (edges at the sorted training values
 * {@code i * n / 10}, i = 1..9, repeats merged); a text column keeps one bin per normalised value; a
 * missing cell has a bin of its own. Each bin predicts its training majority label; a tie, or a bin
 * training never saw, predicts the training majority. The power on some rows is the accuracy gained
 * over always predicting the training majority, as a share of what was there to gain:
 * {@code max(0, (accuracy - baseline) / (1 - baseline))}, and 0 when the baseline is 1.
 *
 * <pre>{@code
 * SingleFeaturePower p = SingleFeaturePower.fit(train, "collections_flag", "defaulted", false);
 * p.power(test);   // 0.86: the flag nearly is the label
 * }</pre>
 */
final class SingleFeaturePower {
  private static final int BINS = 10;
  private final String column;
  private final String label;
  private final List<Comparable<Object>> edges;
  private final Map<String, String> byBin;
  private final String majority;

  private SingleFeaturePower(
      String column, String label, List<Comparable<Object>> edges, Map<String, String> byBin, String majority) {
    this.column = column;
    this.label = label;
    this.edges = edges;
    this.byBin = byBin;
    this.majority = majority;
  }

  /** Returns the one-feature model of {@code column} fitted on {@code train}; text is ordered if asked. */
  static SingleFeaturePower fit(Table train, String column, String label, boolean ordered) {
    List<Comparable<Object>> edges = isOrdered(train.column(column), ordered) ? edges(train.column(column)) : null;
    SingleFeaturePower unfitted = new SingleFeaturePower(column, label, edges, Map.of(), "");
    Map<String, Map<String, Integer>> counts = new HashMap<>();
    Map<String, Integer> overall = new TreeMap<>();
    for (int r = 0; r < train.rowCount(); r++) {
      String y = RowKeys.cell(train, label, r);
      counts.computeIfAbsent(unfitted.bin(train, r), k -> new TreeMap<>()).merge(y, 1, Integer::sum);
      overall.merge(y, 1, Integer::sum);
    }
    String majority = majority(overall, null);
    Map<String, String> byBin = new HashMap<>();
    counts.forEach((bin, labels) -> byBin.put(bin, majority(labels, majority)));
    return new SingleFeaturePower(column, label, edges, byBin, majority);
  }

  /** Returns the power of this model on {@code rows}: its accuracy gain over the majority, scaled. */
  double power(Table rows) {
    int right = 0;
    int baseline = 0;
    for (int r = 0; r < rows.rowCount(); r++) {
      String y = RowKeys.cell(rows, label, r);
      right += byBin.getOrDefault(bin(rows, r), majority).equals(y) ? 1 : 0;
      baseline += majority.equals(y) ? 1 : 0;
    }
    if (baseline == rows.rowCount()) {
      return 0;
    }
    return Math.max(0, (double) (right - baseline) / (rows.rowCount() - baseline));
  }

  private String bin(Table rows, int r) {
    Column<?> values = rows.column(column);
    if (values.isMissing(r)) {
      return "missing";
    }
    if (edges == null) {
      return RowKeys.cell(rows, column, r);
    }
    Comparable<Object> value = key(values, r);
    int bin = 0;
    while (bin < edges.size() && edges.get(bin).compareTo(value) <= 0) {
      bin++;
    }
    return Integer.toString(bin);
  }

  private static boolean isOrdered(Column<?> values, boolean ordered) {
    return ordered || !(values instanceof StringColumn);
  }

  private static List<Comparable<Object>> edges(Column<?> values) {
    List<Comparable<Object>> sorted = new ArrayList<>();
    for (int r = 0; r < values.size(); r++) {
      if (!values.isMissing(r)) {
        sorted.add(key(values, r));
      }
    }
    Collections.sort(sorted);
    List<Comparable<Object>> edges = new ArrayList<>();
    for (int i = 1; i < BINS && !sorted.isEmpty(); i++) {
      Comparable<Object> edge = sorted.get(i * sorted.size() / BINS);
      if (edges.isEmpty() || edges.get(edges.size() - 1).compareTo(edge) < 0) {
        edges.add(edge);
      }
    }
    return edges;
  }

  /** Returns the value to order row {@code r} by: a number as a double, so int and double columns compare. */
  @SuppressWarnings("unchecked")
  private static Comparable<Object> key(Column<?> values, int r) {
    Object value = values instanceof NumberColumn<?, ?> numbers ? (Object) numbers.getDouble(r) : values.get(r);
    return (Comparable<Object>) value;
  }

  /** Returns the label counted most often; a tie goes to {@code tie}, or to the first label if null. */
  private static String majority(Map<String, Integer> counts, String tie) {
    int best = Collections.max(counts.values());
    List<String> top = counts.keySet().stream().filter(k -> counts.get(k) == best).toList();
    return top.size() == 1 || tie == null ? top.get(0) : tie;
  }
}
