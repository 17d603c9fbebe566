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
    // Start from the profiler of no rows: merging it changes nothing, and no partitions at all
    // still give a profile (reduce without an identity would give an empty Optional).
    Profiler whole = Profiler.of(columns, missing);
    for (List<List<String>> partition : partitions) {
      // What mapPartitions runs on an executor: a fresh profiler fed one partition's rows.
      Profiler partial = Profiler.of(columns, missing);
      partition.forEach(partial::accept);
      // merge returns a new profiler and leaves both inputs as they were: keep its result.
      whole = whole.merge(partial);
    }
    return whole.profiles();
  }
}
