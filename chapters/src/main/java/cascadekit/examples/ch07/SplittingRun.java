package cascadekit.examples.ch07;

import cascadekit.split.LeakageReport;
import cascadekit.split.TrainTest;
import tech.tablesaw.api.Table;

/**
 * What chapter 07's example measures on the loans, for its printout and its report.
 *
 * @param loans the applications
 * @param naive the naive random split (seed {@link AuditRun#SEED})
 * @param honest the honest split: latest quarter, its applicants' earlier rows purged
 * @param cost the AUC of each pipeline and of each leak fixed
 * @param naiveAudit the leakage audit of the naive split
 * @param honestAudit the leakage audit of the honest split
 * @param match the naive audit held against the manifest
 */
record SplittingRun(Table loans, TrainTest naive, TrainTest honest, CascadeCost cost, LeakageReport naiveAudit,
    LeakageReport honestAudit, ManifestMatch match) {
  /** Returns the run on {@code loans}. */
  static SplittingRun of(Table loans) {
    TrainTest naive = LoanSplits.random(loans, AuditRun.SEED);
    TrainTest honest = LoanSplits.honest(loans);
    LeakageReport naiveAudit = AuditRun.of(naive, new LoanPipeline(true, true));
    return new SplittingRun(loans, naive, honest, CascadeCost.of(loans), naiveAudit,
        AuditRun.of(honest, new LoanPipeline(false, false)), ManifestMatch.of(naive, naiveAudit));
  }
}
