package cascadekit.examples.ch07;

import cascadekit.data.LoanApplications;
import cascadekit.split.TrainTest;
import cascadekit.split.ColumnRoles;
import cascadekit.split.LeakageAudit;
import cascadekit.split.LeakageReport;

/**
 * The leakage audit run on a split of the loans with the pipeline that used it: the columns'
 * roles, and the scaler statistics the pipeline fitted.
 */
final class AuditRun {
  /** The seed of the naive split the example audits. */
  static final long SEED = 1;

  private AuditRun() {}

  /** Returns the audit of {@code sides} as {@code pipeline} used them. */
  static LeakageReport of(TrainTest sides, LoanPipeline pipeline) {
    ColumnRoles roles = ColumnRoles.of(LoanApplications.LABEL, pipeline.features())
        .withId(LoanApplications.ID).withGroup(LoanApplications.APPLICANT).withTime(LoanApplications.APPLIED_AT);
    return LeakageAudit.of(roles).audit(sides.train(), sides.test(), pipeline.statistics(sides.train(), sides.test()));
  }
}
