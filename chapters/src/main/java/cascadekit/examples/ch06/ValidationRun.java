package cascadekit.examples.ch06;

import cascadekit.check.Check;
import cascadekit.check.ConstraintResult;
import cascadekit.check.ResultFormat;
import cascadekit.check.Suggestions;
import cascadekit.check.ValidationResult;
import cascadekit.check.ValidationSuite;
import cascadekit.data.Datasets;
import cascadekit.load.Loaded;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import tech.tablesaw.api.Table;

/**
 * Chapter 06's run: one suite on the visits as delivered and on the true visits, the delivered
 * run's failures held against the manifest, and the gate's cascade cost.
 *
 * @param suggested the suggestions from the accepted batch's profile, before review
 * @param checks the suite's checks
 * @param delivered the visits as chapter 02's loader keeps them
 * @param quarantined rows the loader set aside before the suite saw them
 * @param raw the suite's result on {@code delivered}, with every failing id
 * @param truth the suite's result on the true visits
 * @param match the delivered run's failures against the manifest
 * @param cost what stopping the defective 2023 batch is worth to a model
 * @param batch the suite's result on that batch
 */
record ValidationRun(Suggestions suggested, List<Check> checks, Table delivered, int quarantined, ValidationResult raw, ValidationResult truth,
    ManifestMatch match, GateCost cost, ValidationResult batch) {

  /** Returns the run: the suite from the accepted batch's suggestions and the domain rules. */
  static ValidationRun of() {
    Loaded loaded = Datasets.clinicVisits();
    Table delivered = loaded.table();
    Table trueVisits = Datasets.clinicVisitsClean().table();
    Suggestions suggested = Suggestions.of(VisitSuite.acceptedBatch(trueVisits));
    List<Check> checks = VisitSuite.of(suggested);
        ValidationResult raw = validate(delivered, checks);
    List<ManifestMatch.Flag> flags = new ArrayList<>();
    for (ConstraintResult r : raw.failures()) {
      if (r.failingCount() > 0) {
        flags.add(new ManifestMatch.Flag(r.constraint(), VisitSuite.judged(r), new TreeSet<>(r.failingIds())));
      }
    }
    ManifestMatch match = ManifestMatch.of(Datasets.clinicVisitsManifest().table(), delivered, flags);
    GateCost cost = GateCost.of(delivered, trueVisits);
    return new ValidationRun(suggested, checks, delivered, loaded.result().quarantined().size(), raw, validate(trueVisits, checks), match,
        cost, validate(cost.batch(), checks));
  }

  /** Returns the result of {@code checks} on {@code visits}, every failing row named by its visit id. */
  static ValidationResult validate(Table visits, List<Check> checks) {
    ValidationSuite suite = ValidationSuite.on(visits).idColumn("visit_id").resultFormat(ResultFormat.COMPLETE);
    for (Check check : checks) {
      suite = suite.addCheck(check);
    }
    return suite.run();
  }
}
