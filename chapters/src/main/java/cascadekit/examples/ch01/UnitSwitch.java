package cascadekit.examples.ch01;

import cascadekit.data.Penguin;
import java.util.List;

/**
 * The upstream defect of chapter 01: one island's field team gets a replacement scale that logs
 * body mass in kilograms, while the column still says grams.
 */
final class UnitSwitch {
  private UnitSwitch() {}

  /** Returns the penguins with body mass in kilograms for those weighed on {@code island}. */
  static List<Penguin> inject(List<Penguin> penguins, String island) {
    return penguins.stream()
        .map(p -> carriesDefect(p, island) ? p.withBodyMassG(p.bodyMassG() / 1000.0) : p)
        .toList();
  }

  /** Returns whether {@code penguin} was weighed on the island with the kilogram scale. */
  static boolean carriesDefect(Penguin penguin, String island) {
    return penguin.island().equals(island);
  }
}
