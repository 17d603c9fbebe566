package cascadekit.split;

import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Shares {@code total} items among classes in proportion to their counts, by the largest
 * remainder (Hamilton) method: each class gets the floor of its quota {@code total * count / n},
 * and the items left go one each to the classes with the largest remainders. Remainders are
 * compared exactly, in integers; a tie goes to the class listed first.
 *
 * <pre>{@code
 * LargestRemainder.of(new int[] {5, 3, 2}, 3);   // quotas 1.5, 0.9, 0.6 => [1, 1, 1]
 * }</pre>
 */
final class LargestRemainder {
  private LargestRemainder() {}

  /** Returns each class's share of {@code total}, summing to {@code total}. */
  static int[] of(int[] counts, int total) {
    long n = IntStream.of(counts).asLongStream().sum();
    int[] shares = new int[counts.length];
    long[] remainders = new long[counts.length];
    int left = total;
    for (int c = 0; c < counts.length; c++) {
      shares[c] = (int) (total * (long) counts[c] / n);
      remainders[c] = total * (long) counts[c] % n;
      left -= shares[c];
    }
    IntStream.range(0, counts.length)
        .boxed()
        .sorted(Comparator.<Integer>comparingLong(c -> -remainders[c]).thenComparingInt(c -> c))
        .limit(left)
        .forEach(c -> shares[c]++);
    return shares;
  }
}
