package cascadekit.ch11;

import cascadekit.check.ConstraintResult;
import com.amazon.deequ.VerificationResult;
import com.amazon.deequ.checks.Check;
import java.util.List;

/**
 * Deequ's {@code VerificationResult} read into the kit's {@code ConstraintResult}s, so a report,
 * a gate or chapter 06's code can take results from either engine. Read a check's results with
 * {@code result.checkResults().apply(check).constraintResults()} (a Scala Seq:
 * {@code scala.collection.JavaConverters.seqAsJavaList} turns it into a List).
 *
 * <ol>
 *   <li>One result per constraint, checks in the order given, each check's constraints in order:
 *       the check's description, its level ({@code CheckLevel.Error()} => ERROR, else WARN),
 *       the constraint's {@code toString()}, column null, threshold "", no failing ids, count 0.
 *       a check with 2 constraints // => 2 results named after the check
 *   <li>Status and value: {@code ConstraintStatus.Success()} => PASSED, anything else FAILED;
 *       the metric's value as a double, NaN when there is no metric or it failed to compute.
 *       completeness of 19 ages in 20 rows // => PASSED, 0.95; a column the data lacks // => FAILED, NaN
 * </ol>
 */
public final class ReadDeequResults {
  private ReadDeequResults() {}

  public static List<ConstraintResult> from(VerificationResult result, List<Check> checks) {
    // TODO: walk checks in order, then each check's constraint results
    throw new UnsupportedOperationException("11.read-deequ-results: write from()");
  }
}
