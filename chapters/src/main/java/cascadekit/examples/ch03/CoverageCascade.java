package cascadekit.examples.ch03;

import cascadekit.data.PenguinsRaw;
import cascadekit.model.NearestCentroid;
import cascadekit.model.Split;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import tech.tablesaw.api.Table;

/**
 * Chapter 03's cascade cost: a species model that needs the isotope ratios, served per island.
 * A row without a feature the model needs cannot be scored: a serving API rejects it (as TF
 * Serving rejects an example that lacks a required feature), so that penguin gets no answer.
 */
final class CoverageCascade {
  static final long SEED = 42;
  static final List<String> BODY =
      List.of("Culmen Length (mm)", "Culmen Depth (mm)", "Flipper Length (mm)", "Body Mass (g)");
  static final List<String> WITH_ISOTOPES = List.of("Culmen Length (mm)", "Culmen Depth (mm)",
      "Flipper Length (mm)", "Body Mass (g)", PenguinsRaw.DELTA_15_N, PenguinsRaw.DELTA_13_C);

  private CoverageCascade() {}

  /**
   * Returns, per island, how the model that needs {@code features} serves the held-out rows:
   * trained on the complete training rows of a seeded 70/30 split.
   */
  static Map<String, Served> perIsland(Table penguins, List<String> features) {
    List<Integer> rows = IntStream.range(0, penguins.rowCount()).boxed().toList();
    Split<Integer> split = Split.of(rows, 0.3, SEED);
    List<Integer> train = split.train().stream().filter(r -> complete(penguins, r, features)).toList();
    NearestCentroid model = NearestCentroid.fit(
        train.stream().map(r -> vector(penguins, r, features)).toList(),
        train.stream().map(r -> species(penguins, r)).toList());
    Map<String, Served> served = new TreeMap<>();
    for (int row : split.test()) {
      boolean servable = complete(penguins, row, features);
      boolean right = servable && model.predict(vector(penguins, row, features)).equals(species(penguins, row));
      served.merge(penguins.stringColumn(PenguinsRaw.ISLAND).get(row), new Served(1, servable ? 1 : 0, right ? 1 : 0),
          Served::plus);
    }
    return served;
  }

  private static boolean complete(Table penguins, int row, List<String> features) {
    return features.stream().noneMatch(f -> penguins.column(f).isMissing(row));
  }

  private static double[] vector(Table penguins, int row, List<String> features) {
    return features.stream().mapToDouble(f -> penguins.doubleColumn(f).getDouble(row)).toArray();
  }

  /** Returns the species' short name: "Adelie" for "Adelie Penguin (Pygoscelis adeliae)". */
  private static String species(Table penguins, int row) {
    return penguins.stringColumn("Species").get(row).split(" ")[0];
  }

  /**
   * Held-out rows of one island, those the model could score, and those it scored right.
   *
   * @param rows held-out rows
   * @param served rows with every feature the model needs
   * @param right rows served and predicted correctly
   */
  record Served(int rows, int served, int right) {
    Served plus(Served other) {
      return new Served(rows + other.rows, served + other.served, right + other.right);
    }

    /** Returns the share of the island's held-out penguins that got a right answer. */
    double rightShare() {
      return (double) right / rows;
    }
  }
}
