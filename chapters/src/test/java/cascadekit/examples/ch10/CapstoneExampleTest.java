package cascadekit.examples.ch10;

import static org.assertj.core.api.Assertions.assertThat;

import cascadekit.load.Loaded;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class CapstoneExampleTest {
  private static final CapstoneFixture FIXTURE = CapstoneFixture.INSTANCE;

  @Test
  void should_lose_no_row_on_loading_and_quarantine_every_impossible_row_and_no_good_one() {
    // GIVEN the three visit files as loaded
    List<Loaded> files = new ArrayList<>(FIXTURE.run.training().loading().files());
    files.addAll(FIXTURE.run.seasonTwo().files());
    // THEN each reconciles, and the quarantine is exactly the impossible rows
    for (Loaded file : files) {
      assertThat(file.result().rowsRead()).as("%s: read = kept + quarantined", file.result().file())
          .isEqualTo(file.result().kept().size() + file.result().quarantined().size());
    }
    long quarantined = files.stream().mapToLong(f -> f.result().quarantined().size()).sum();
    for (String kind : List.of("impossible_negative_area", "impossible_yield", "gps_outside_region")) {
      assertThat(FIXTURE.score(kind).score().recall()).as("recall of %s", kind).isGreaterThanOrEqualTo(0.95);
    }
    long impossible = List.of("impossible_negative_area", "impossible_yield", "gps_outside_region").stream()
        .mapToLong(k -> FIXTURE.score(k).score().truePositives()).sum();
    assertThat(quarantined).as("rows quarantined, all of them impossible ones").isEqualTo(impossible);
  }

  @Test
  void should_find_the_duplicates_and_convert_the_units_close_to_the_truth() {
    // THEN
    for (String kind : List.of("exact_duplicate", "near_duplicate")) {
      assertThat(FIXTURE.score(kind).score().recall()).as("recall of %s", kind).isGreaterThanOrEqualTo(0.9);
      assertThat(FIXTURE.score(kind).score().precision()).as("precision of %s", kind).isGreaterThanOrEqualTo(0.9);
    }
    Table cleaned = FIXTURE.run.training().cleaning().table();
    assertThat(meanAbsoluteError(cleaned, "area")).as("MAE of area against truth.csv, ha").isLessThan(0.01);
    assertThat(meanAbsoluteError(cleaned, "yield")).as("MAE of measured yield against truth.csv, kg (bags hold 9 kg a decimal)")
        .isLessThan(5);
    assertThat(cleaned.stringColumn("area_unit").unique().asList()).as("area units after cleaning").containsExactly("ha");
    assertThat(cleaned.stringColumn("yield_unit").unique().asList()).as("yield units after cleaning").containsExactly("kg");
  }

  @Test
  void should_drop_the_leak_and_pass_the_leakage_audit_after() {
    // GIVEN
    LeakCheck leak = FIXTURE.run.stages().leakCheck();
    // THEN
    assertThat(leak.dropped()).as("columns found leaking").containsExactly(LeakCheck.LEAK);
    assertThat(leak.after().broken()).as("broken rules after the drop").isEmpty();
    assertThat(FIXTURE.run.training().split().train().containsColumn(LeakCheck.LEAK)).as("leak in training").isFalse();
  }

  @Test
  void should_score_within_three_points_of_the_model_trained_on_the_truth() {
    // THEN
    double ceiling = FIXTURE.costs.ceiling();
    assertThat(FIXTURE.run.training().field()).as("field accuracy against the truth model's %s", ceiling)
        .isGreaterThan(ceiling - 0.03);
  }

  @Test
  void should_show_the_cascade_cost_of_the_quarantine_the_units_and_the_honest_split() {
    // GIVEN
    CascadeCosts costs = FIXTURE.costs;
    // THEN skipping a fix that matters costs accuracy in the field
    assertThat(costs.points(Training.Fix.QUARANTINE)).as("points lost without the quarantine").isGreaterThan(3);
    assertThat(costs.points(Training.Fix.UNITS)).as("points lost without the unit conversion").isGreaterThan(1);
    Training random = costs.without().get(Training.Fix.SPLIT);
    assertThat(random.reported() - random.field()).as("a random split with the leak: reported minus field")
        .isGreaterThan(0.15);
  }

  @Test
  void should_find_the_monitoring_defects_of_season_two() {
    // THEN
    SeasonMonitor monitor = FIXTURE.run.monitor();
    assertThat(monitor.drifted()).as("drifted columns").containsExactly("rainfall_mm");
    assertThat(monitor.stale()).as("stale tablets").containsExactly("TAB-03");
    assertThat(monitor.dropped()).as("districts whose visits fell").containsExactly("Séguéla");
    assertThat(FIXTURE.run.gateOne().passed()).as("season 1 passes the gate").isTrue();
    assertThat(FIXTURE.run.gateTwo().passed()).as("season 2 passes the gate").isFalse();
  }

  /** Returns the mean absolute error of the measured (not imputed) values of {@code column} against the truth. */
  private static double meanAbsoluteError(Table cleaned, String column) {
    Table truth = FIXTURE.run.stages().truth().table();
    Map<String, Double> expected = new HashMap<>();
    for (int row = 0; row < truth.rowCount(); row++) {
      expected.put(truth.getString(row, "visit_id"), truth.numberColumn(column).getDouble(row));
    }
    double sum = 0;
    int n = 0;
    for (int row = 0; row < cleaned.rowCount(); row++) {
      Double value = expected.get(cleaned.getString(row, "visit_id"));
      boolean imputed = cleaned.containsColumn(column + "_missing") && cleaned.booleanColumn(column + "_missing").get(row);
      if (value != null && !imputed && !cleaned.column(column).isMissing(row)) {
        sum += Math.abs(cleaned.numberColumn(column).getDouble(row) - value);
        n++;
      }
    }
    return sum / n;
  }
}
