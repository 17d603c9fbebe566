package cascadekit.examples.ch10;

import cascadekit.check.Check;
import cascadekit.check.ResultFormat;
import cascadekit.check.ValidationResult;
import cascadekit.check.ValidationSuite;
import java.util.Set;
import tech.tablesaw.api.Table;

/**
 * The validate stage: chapter 06's checks that a cleaned season of visits must pass before a model
 * learns from it. Errors guard what would teach the model something false.
 */
final class SeasonGate {
  /** The key of one visit per tablet and minute, as its constraint names it. */
  static final String TABLET_MINUTE = "device_id, visited_at";

  static final Check USABLE = Check.error("visits are usable for training")
      .isComplete("visit_id")                                               // every visit can be traced
      .isUnique("visit_id")                                                 // and is counted once
      .isUnique("device_id", "visited_at")                                  // a tablet records one visit a minute: a stuck clock repeats
      .isContainedIn("district", Set.of("Daloa", "Bouaké", "Gagnoa", "Séguéla", "Yamoussoukro")) // the five districts, spelt one way
      .isContainedIn("seed_variety", Set.copyOf(CropModel.VARIETIES))       // the four varieties, spelt one way
      .isContainedIn("area_unit", Set.of("ha"))                             // one unit per column after cleaning
      .isContainedIn("yield_unit", Set.of("kg"))
      .isBetween("lat", 5.5, 8.5)                                           // inside the survey region
      .isBetween("lon", -7.5, -4.5)
      .isBetween("area", 0.01, 10)                                          // hectares of a smallholding
      .hasCompletenessAtLeast("yield", 0.95)                                // a harvest not weighed is a gap, many are a broken form
      .hasCompletenessAtLeast("rainfall_mm", 0.95);

  static final Check USUAL = Check.warn("the season looks as usual")
      .hasRowCountBetween(1_000, 3_000)                                     // a season's visits of five districts
      .hasCompletenessAtLeast("seed_variety", 0.95);

  private SeasonGate() {}

  /** Returns the checks' result on {@code visits}, naming every failing visit. */
  static ValidationResult validate(Table visits) {
    return ValidationSuite.on(visits).idColumn("visit_id").resultFormat(ResultFormat.COMPLETE)
        .addCheck(USABLE).addCheck(USUAL).run();
  }
}
