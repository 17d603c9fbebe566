package cascadekit.examples.ch07;

import cascadekit.clean.ExactDuplicates;
import cascadekit.data.LoanApplications;
import cascadekit.split.GroupSplit;
import cascadekit.split.GroupTimeSplit;
import cascadekit.split.RandomSplit;
import cascadekit.split.TimeSplit;
import cascadekit.split.TrainTest;
import tech.tablesaw.api.Table;

/**
 * The splits chapter 07 compares, each holding out a quarter: random rows (naive), random
 * applicants (grouped), the latest quarter in time, and the honest split: the latest quarter in
 * time, with the earlier rows of its applicants purged from training.
 */
final class LoanSplits {
  static final double TEST_SHARE = 0.25;

  private LoanSplits() {}

  /** Returns a random quarter of the rows as test, drawn with {@code seed}. */
  static TrainTest random(Table loans, long seed) {
    return RandomSplit.of(loans, TEST_SHARE, seed);
  }

  /** Returns every row of a random quarter of the applicants as test, drawn with {@code seed}. */
  static TrainTest grouped(Table loans, long seed) {
    return GroupSplit.of(loans, LoanApplications.APPLICANT, TEST_SHARE, seed);
  }

  /** Returns the latest quarter of the rows by {@code applied_at} as test, with no gap. */
  static TrainTest timed(Table loans) {
    return TimeSplit.of(loans, LoanApplications.APPLIED_AT, TEST_SHARE, 0);
  }

  /** Returns {@link #timed} without the training rows of applicants who have a test row. */
  static TrainTest honest(Table loans) {
    return GroupTimeSplit.of(loans, LoanApplications.APPLIED_AT, LoanApplications.APPLICANT, TEST_SHARE, 0);
  }

  /** Returns {@code loans} without the later copies of rows equal in all but id and time. */
  static Table deduplicated(Table loans) {
    Table removed = ExactDuplicates.remove(loans.rejectColumns(LoanApplications.APPLIED_AT)).removed();
    return loans.where(loans.stringColumn(LoanApplications.ID).isNotIn(removed.stringColumn(LoanApplications.ID)));
  }
}
