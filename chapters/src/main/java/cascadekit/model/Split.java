package cascadekit.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A reproducible train/test split: the rows are shuffled with a seeded generator, and the last
 * {@code testFraction} of them held out.
 *
 * <pre>{@code
 * Split<Penguin> split = Split.of(penguins, 0.3, 42);
 * }</pre>
 *
 * @param train the rows to train on
 * @param test the held-out rows
 */
public record Split<T>(List<T> train, List<T> test) {
  /** Returns {@code rows} split after a shuffle seeded with {@code seed}. */
  public static <T> Split<T> of(List<T> rows, double testFraction, long seed) {
    if (testFraction <= 0 || testFraction >= 1) {
      throw new IllegalArgumentException("testFraction must be in (0, 1), got " + testFraction);
    }
    List<T> shuffled = new ArrayList<>(rows);
    Collections.shuffle(shuffled, new Random(seed));
    int testSize = (int) Math.round(rows.size() * testFraction);
    int cut = shuffled.size() - testSize;
    return new Split<>(
        List.copyOf(shuffled.subList(0, cut)), List.copyOf(shuffled.subList(cut, shuffled.size())));
  }
}
