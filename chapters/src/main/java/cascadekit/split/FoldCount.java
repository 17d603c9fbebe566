package cascadekit.split;

import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * How many folds a k-fold split cuts, and the seed it shuffles with, if any.
 *
 * @param k the number of folds, at least 2
 * @param seed the seed of the shuffle; empty for no shuffle
 */
record FoldCount(int k, OptionalLong seed) {
  /** Returns {@code nSplits} folds, unshuffled; fails below 2. */
  static FoldCount of(int nSplits) {
    Arguments.folds("nSplits", nSplits);
    return new FoldCount(nSplits, OptionalLong.empty());
  }

  /** Returns these folds shuffled by {@code seed}. */
  FoldCount shuffled(long value) {
    return new FoldCount(k, OptionalLong.of(value));
  }

  /** Returns 0 .. n-1: in order, or shuffled by the seed. */
  int[] order(int n) {
    return seed.isPresent() ? Rows.permutation(n, random()) : IntStream.range(0, n).toArray();
  }

  /** Returns a new generator seeded with the seed; fails when there is none. */
  SplittableRandom random() {
    return new SplittableRandom(seed.orElseThrow());
  }
}
