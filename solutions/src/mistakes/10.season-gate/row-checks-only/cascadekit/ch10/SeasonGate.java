// Mistake: checks every row and nothing across rows: each frozen or missing visit looks fine on its own.
package cascadekit.ch10;

import cascadekit.check.Check;
import cascadekit.check.ConstraintResult;
import cascadekit.check.ValidationResult;
import cascadekit.check.ValidationSuite;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tech.tablesaw.api.Table;

public final class SeasonGate {
  private static final Set<String> DISTRICTS = Set.of("Daloa", "Bouaké", "Gagnoa", "Séguéla", "Yamoussoukro");
  private static final Set<String> VARIETIES = Set.of("Obatanpa", "EV 8728", "DK 8031", "Local");

  private SeasonGate() {}

  /** Returns the result of the season gate's checks on {@code batch}: rows, tablets and districts. */
  public static ValidationResult validate(Table batch) {
    Check usable = Check.error("each visit is usable")
        .isComplete("visit_id")                                   // every visit can be named
        .isUnique("visit_id")                                     // and only once
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
    return new ValidationResult(results);
  }
}
