package cascadekit.ch11;

import cascadekit.profile.ColumnProfile;
import java.util.List;
import java.util.Set;

/**
 * Chapter 03's profiles of data split into partitions, as Spark's {@code mapPartitions} hands it
 * out: profile each partition with its own {@code cascadekit.profile.Profiler}, then fold the
 * partial profilers with the kit's {@code Profiler.merge}, so the result equals one pass.
 *
 * <ol>
 *   <li>{@code merged(partitions, columns, missing)}: each partition a list of rows, each row its
 *       cells in the order of {@code columns}.
 *       [[["1"], ["2"]], [["3"], ["NA"]]], columns [x], missing {NA} // => x: 4 rows, 3 present, mean 2.0
 *   <li>An empty partition adds nothing, and no partitions at all give the profile of no rows.
 *       [], columns [x] // => x: 0 rows
 * </ol>
 */
public final class MergePartitions {
  private MergePartitions() {}

  public static List<ColumnProfile> merged(List<List<List<String>>> partitions, List<String> columns, Set<String> missing) {
    // TODO: one Profiler.of(columns, missing) per partition, accept its rows, merge them all
    throw new UnsupportedOperationException("11.merge-partitions: write merged()");
  }
}
