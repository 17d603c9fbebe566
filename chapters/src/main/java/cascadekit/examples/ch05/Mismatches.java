package cascadekit.examples.ch05;

import java.util.List;
import java.util.stream.IntStream;

/** Counts the positions where two aligned label lists differ. */
final class Mismatches {
  private Mismatches() {}

  /** Returns how many positions of {@code given} differ from {@code truth}. */
  static int count(List<String> truth, List<String> given) {
    return (int) IntStream.range(0, truth.size()).filter(i -> !truth.get(i).equals(given.get(i))).count();
  }
}
