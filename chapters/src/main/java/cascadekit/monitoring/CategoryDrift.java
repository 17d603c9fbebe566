package cascadekit.monitoring;

import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import tech.tablesaw.api.StringColumn;

/**
 * How a categorical column of one batch differs from the reference.
 *
 * @param chiSquare the chi-square statistic of homogeneity
 * @param pValue its p-value
 * @param jensenShannon the Jensen-Shannon distance, base 2
 * @param lInfinity the largest difference between the two sides' category shares
 * @param newCategories categories the reference never had, sorted
 */
public record CategoryDrift(
    double chiSquare, double pValue, double jensenShannon, double lInfinity, List<String> newCategories) {

  /** Returns the drift of {@code current} counts against {@code reference} counts, by category. */
  public static CategoryDrift of(SortedMap<String, Long> reference, SortedMap<String, Long> current) {
    SortedSet<String> categories = new TreeSet<>(reference.keySet());
    categories.addAll(current.keySet());
    long[] r = new long[categories.size()];
    long[] c = new long[categories.size()];
    int i = 0;
    for (String category : categories) {
      r[i] = reference.getOrDefault(category, 0L);
      c[i++] = current.getOrDefault(category, 0L);
    }
    double chi = ChiSquare.statistic(r, c);
    double[] p = Shares.of(r);
    double[] q = Shares.of(c);
    List<String> unseen = current.keySet().stream().filter(k -> !reference.containsKey(k)).toList();
    return new CategoryDrift(
        chi, ChiSquare.pValue(chi, categories.size()), JensenShannon.distance(p, q), Shares.lInfinity(p, q), unseen);
  }

  /** Returns how often each value of {@code column} occurs, by value. */
  static SortedMap<String, Long> counts(StringColumn column) {
    SortedMap<String, Long> counts = new TreeMap<>();
    column.forEach(value -> counts.merge(value, 1L, Long::sum));
    return counts;
  }
}
