// Mistake: reduces the partial profilers without an identity, so no partitions at all throw instead of giving a profile.
package cascadekit.ch11;

import cascadekit.profile.ColumnProfile;
import cascadekit.profile.Profiler;
import java.util.List;
import java.util.Set;

/**
 * Chapter 03's profiles of partitioned data: one partial profiler per partition, merged.
 */
public final class MergePartitions {
  private MergePartitions() {}

  public static List<ColumnProfile> merged(List<List<List<String>>> partitions, List<String> columns, Set<String> missing) {
    return partitions.stream()
        .map(partition -> {
          Profiler partial = Profiler.of(columns, missing);
          partition.forEach(partial::accept);
          return partial;
        })
        .reduce(Profiler::merge)
        .orElseThrow()
        .profiles();
  }
}
