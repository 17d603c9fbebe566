// Mistake: adds one partition for the remainder even when the rows divide evenly.
package cascadekit.ch11;

import java.util.ArrayList;
import java.util.List;

/**
 * Partition skew from the rows per partition: the ratio, the stragglers, a repartition's size.
 */
public final class PartitionSkew {
  private PartitionSkew() {}

  public static double skew(long[] sizes) {
    if (sizes.length == 0) {
      throw new IllegalArgumentException("sizes: no partitions");
    }
    long total = 0;
    long max = 0;
    for (long size : sizes) {
      total += size;
      max = Math.max(max, size);
    }
    // No rows at all is perfectly even; and the mean is a double: 5 rows over 3 partitions is 1.67, not 1.
    return total == 0 ? 1.0 : max / ((double) total / sizes.length);
  }

  public static List<Integer> stragglers(long[] sizes, double factor) {
    long total = 0;
    for (long size : sizes) {
      total += size;
    }
    double mean = (double) total / sizes.length;
    List<Integer> slow = new ArrayList<>();
    for (int i = 0; i < sizes.length; i++) {
      // "More than": a partition exactly factor times the mean is not yet a straggler.
      if (sizes[i] > factor * mean) {
        slow.add(i);
      }
    }
    return slow;
  }

  public static long partitionsFor(long rows, long maxRows) {
    if (maxRows < 1) {
      throw new IllegalArgumentException("maxRows must be at least 1, got " + maxRows);
    }
    // Ceiling division without floating point: a remainder needs one partition more.
    return rows / maxRows + 1;
  }
}
