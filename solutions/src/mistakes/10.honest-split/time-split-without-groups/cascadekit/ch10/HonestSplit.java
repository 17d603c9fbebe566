// Mistake: splits by time alone: the latest quarter in test, but plots seen in season 1 come back in season 2.
package cascadekit.ch10;

import cascadekit.split.TimeSplit;
import cascadekit.split.TrainTest;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

public final class HonestSplit {
  private HonestSplit() {}

  /** Returns the columns to train on: what is known when the agronomist arrives, per hectare. */
  public static List<String> features() {
    // The disease cuts the yield a hectare gives, so the whole plot's harvest means little until
    // it is divided by the plot's area; rain, seed and irrigation make a plot more or less prone.
    // treatment_after_diagnosis is chosen after the label is known: it copies the label and is
    // never there when the model has to predict, so it stays out.
    return List.of("yield_per_ha", "fertiliser_per_ha", "rainfall_mm", "seed_variety", "irrigated");
  }

  /** Returns {@code visits} with the per-hectare columns, split so that no plot is on both sides. */
  public static TrainTest split(Table visits, long seed) {
    Table rated = visits.copy();
    rated.addColumns(
        perHectare(rated, "yield", "yield_per_ha"), perHectare(rated, "fertiliser_kg", "fertiliser_per_ha"));
    // A plot's visits share its soil, seed and hidden susceptibility: split by visit and the
    // model meets a test plot's other visits in training. Whole plots go to one side instead.
    return TimeSplit.of(rated, "visited_at", 0.25, 0);
  }

  private static DoubleColumn perHectare(Table visits, String column, String name) {
    return visits.numberColumn(column).divide(visits.numberColumn("area")).setName(name);
  }
}
