package cascadekit.examples.ch07;

import cascadekit.clean.ExactDuplicates;
import cascadekit.data.LoanApplications;
import cascadekit.model.Split;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import tech.tablesaw.api.Table;

/**
 * The splits chapter 07 compares, each holding out a quarter: random rows (naive), random
 * applicants (grouped), the latest quarter in time, and the honest split: the latest quarter in
 * time, less the rows of applicants who already have a training row.
 */
final class LoanSplits {
  static final double TEST_SHARE = 0.25;

  private LoanSplits() {}

  /** A training and a test table. */
  record Sides(Table train, Table test) {}

  /** Returns a random quarter of the rows as test, shuffled with {@code seed}. */
  static Sides random(Table loans, long seed) {
    Split<Integer> split = Split.of(IntStream.range(0, loans.rowCount()).boxed().toList(), TEST_SHARE, seed);
    return sides(loans, split.train(), split.test());
  }

  /** Returns every row of a random quarter of the applicants as test, shuffled with {@code seed}. */
  static Sides grouped(Table loans, long seed) {
    List<String> applicants = List.copyOf(new TreeSet<>(loans.stringColumn(LoanApplications.APPLICANT).asList()));
    Set<String> tested = new HashSet<>(Split.of(applicants, TEST_SHARE, seed).test());
    return by(loans, r -> tested.contains(loans.stringColumn(LoanApplications.APPLICANT).get(r)));
  }

  /** Returns the latest quarter of the rows by {@code applied_at} as test. */
  static Sides timed(Table loans) {
    Table sorted = loans.sortAscendingOn(LoanApplications.APPLIED_AT);
    int cut = sorted.rowCount() - (int) Math.round(sorted.rowCount() * TEST_SHARE);
    return by(sorted, r -> r >= cut);
  }

  /** Returns {@link #timed} without the test rows of applicants who have a training row. */
  static Sides honest(Table loans) {
    Sides timed = timed(loans);
    Set<String> known = new HashSet<>(timed.train().stringColumn(LoanApplications.APPLICANT).asList());
    Table test = timed.test();
    return new Sides(timed.train(), test.where(test.stringColumn(LoanApplications.APPLICANT).isNotIn(known)));
  }

  /** Returns {@code loans} without the later copies of rows equal in all but id and time. */
  static Table deduplicated(Table loans) {
    Table removed = ExactDuplicates.remove(loans.rejectColumns(LoanApplications.APPLIED_AT)).removed();
    return loans.where(loans.stringColumn(LoanApplications.ID).isNotIn(removed.stringColumn(LoanApplications.ID)));
  }

  private static Sides sides(Table loans, List<Integer> train, List<Integer> test) {
    return new Sides(loans.rows(train.stream().mapToInt(i -> i).toArray()), loans.rows(
        test.stream().mapToInt(i -> i).toArray()));
  }

  private static Sides by(Table loans, java.util.function.IntPredicate isTest) {
    int[] train = IntStream.range(0, loans.rowCount()).filter(isTest.negate()).toArray();
    int[] test = IntStream.range(0, loans.rowCount()).filter(isTest).toArray();
    return new Sides(loans.rows(train), loans.rows(test));
  }
}
