// Mistake: demands one visit per plot a season, but agronomists come back to a sick plot 2-6 weeks later.
package cascadekit.ch10;

import cascadekit.check.Check;
import cascadekit.check.ConstraintResult;
import cascadekit.check.ValidationResult;
import cascadekit.check.ValidationSuite;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

public final class SeasonGate {
  private static final Set<String> DISTRICTS = Set.of("Daloa", "Bouaké", "Gagnoa", "Séguéla", "Yamoussoukro");
  private static final Set<String> VARIETIES = Set.of("Obatanpa", "EV 8728", "DK 8031", "Local");

  /** A season brings each district about 330 visits; half of that is a collection that stalled. */
  private static final int MIN_VISITS_PER_DISTRICT = 150;

  /** A tablet's clock moves: two visits on one tablet in the same minute are rare, not the rule. */
  private static final double MIN_DISTINCT_TIMES = 0.9;

  private SeasonGate() {}

  /** Returns the result of the season gate's checks on {@code batch}: rows, tablets and districts. */
  public static ValidationResult validate(Table batch) {
    Check usable = Check.error("each visit is usable")
        .isComplete("visit_id")                                   // every visit can be named
        .isUnique("visit_id")                                     // and only once
        .isUnique("plot_id")                                      // one visit a plot a season
        .hasCompletenessAtLeast("yield", 0.95)                    // the yield is what the model learns from
        .hasCompletenessAtLeast("area", 0.95)
        .isBetween("lat", 5.5, 8.5)                               // inside the survey region
        .isBetween("lon", -7.5, -4.5)
        .isBetween("area", 0.01, 50)                              // a smallholder's maize plot
        .isContainedIn("area_unit", Set.of("ha"))                 // units converted before the gate
        .isContainedIn("yield_unit", Set.of("kg"))
        .isContainedIn("district", DISTRICTS)                     // spellings cleaned before the gate
        .isContainedIn("seed_variety", VARIETIES);
    List<ConstraintResult> results = new ArrayList<>(ValidationSuite.on(batch).idColumn("visit_id")
        .addCheck(usable).run().results());
    // A stale tablet and a district nobody visits leave every row plausible: only a count over
    // many rows shows them, so the gate also checks one summary row per tablet and per district.
    results.addAll(ValidationSuite.on(perDevice(batch)).idColumn("device_id")
        .addCheck(Check.error("every tablet's clock moves")
            .isBetween("distinct_time_share", MIN_DISTINCT_TIMES, 1))
        .run().results());
    results.addAll(ValidationSuite.on(perDistrict(batch)).idColumn("district")
        .addCheck(Check.error("every district is visited as in a normal season")
            .isBetween("visits", MIN_VISITS_PER_DISTRICT, Integer.MAX_VALUE))
        .run().results());
    return new ValidationResult(results);
  }

  /** Returns one row per tablet: the share of its visits with a time no other of its visits has. */
  private static Table perDevice(Table batch) {
    StringColumn devices = StringColumn.create("device_id");
    DoubleColumn shares = DoubleColumn.create("distinct_time_share");
    for (String device : new TreeSet<>(batch.stringColumn("device_id").removeMissing().asList())) {
      Table visits = batch.where(batch.stringColumn("device_id").isEqualTo(device));
      devices.append(device);
      shares.append((double) visits.column("visited_at").countUnique() / visits.rowCount());
    }
    return Table.create("tablets", devices, shares);
  }

  /** Returns one row per district the survey covers, with its number of visits (0 if none). */
  private static Table perDistrict(Table batch) {
    StringColumn districts = StringColumn.create("district");
    DoubleColumn visits = DoubleColumn.create("visits");
    for (String district : new TreeSet<>(DISTRICTS)) {
      districts.append(district);
      visits.append(batch.where(batch.stringColumn("district").isEqualTo(district)).rowCount());
    }
    return Table.create("districts", districts, visits);
  }
}
