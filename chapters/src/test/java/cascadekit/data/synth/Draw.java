package cascadekit.data.synth;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Seeded draws shared by the generators: picks, weighted picks, normal values, samples.
 *
 * <pre>{@code
 * Draw draw = new Draw(new Random(seed));
 * String sex = draw.pick("F", "M");
 * }</pre>
 */
final class Draw {
  private final Random random;

  Draw(Random random) {
    this.random = random;
  }

  /** Returns one of {@code values}, each equally likely. */
  @SafeVarargs
  final <T> T pick(T... values) {
    return values[random.nextInt(values.length)];
  }

  /** Returns one element of {@code values}, each equally likely. */
  <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** Returns index {@code i} with probability {@code weights[i] / sum(weights)}. */
  int weighted(double... weights) {
    double total = 0;
    for (double weight : weights) {
      total += weight;
    }
    double u = random.nextDouble() * total;
    for (int i = 0; i < weights.length - 1; i++) {
      u -= weights[i];
      if (u < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  /** Returns a value from a normal distribution with this mean and standard deviation. */
  double normal(double mean, double sd) {
    return mean + sd * random.nextGaussian();
  }

  /** Returns a whole number in {@code [from, to]}, inclusive. */
  int between(int from, int to) {
    return from + random.nextInt(to - from + 1);
  }

  /** Returns true with probability {@code p}. */
  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  /** Returns {@code k} distinct elements of {@code values}, in random order. */
  <T> List<T> sample(List<T> values, int k) {
    List<T> copy = new ArrayList<>(values);
    Collections.shuffle(copy, random);
    return new ArrayList<>(copy.subList(0, k));
  }

  /** Returns {@code value} with {@code decimals} digits after the point, e.g. {@code 72.4}. */
  static String fixed(double value, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }
}
