package cascadekit.ch11;

import java.util.List;

/**
 * Partition skew: a Spark stage ends with its largest partition, so one partition ten times the
 * others makes every other core wait. Measure it from the rows per partition, find the
 * stragglers, and size a repartition.
 *
 * <ol>
 *   <li>{@code skew(sizes)}: the largest partition's rows over the mean rows per partition; 1.0
 *       when there are no rows. Refuse no partitions with IllegalArgumentException.
 *       [10, 10, 40] // => 2.0 (40 / 20); [1, 2, 2] // => 1.2
 *   <li>{@code stragglers(sizes, factor)}: the indexes of the partitions with more than factor
 *       times the mean rows, in order. [10, 10, 40], 1.5 // => [2]; [10, 10, 40], 2.0 // => []
 *   <li>{@code partitionsFor(rows, maxRows)}: the fewest partitions holding at most maxRows each,
 *       at least one. Refuse maxRows below 1 with IllegalArgumentException. 10, 3 // => 4; 9, 3 // => 3
 * </ol>
 */
public final class PartitionSkew {
  private PartitionSkew() {}

  public static double skew(long[] sizes) {
    // TODO: max / mean, the mean as a double
    throw new UnsupportedOperationException("11.partition-skew: write skew()");
  }

  public static List<Integer> stragglers(long[] sizes, double factor) {
    throw new UnsupportedOperationException("11.partition-skew: write stragglers()");
  }

  public static long partitionsFor(long rows, long maxRows) {
    throw new UnsupportedOperationException("11.partition-skew: write partitionsFor()");
  }
}
