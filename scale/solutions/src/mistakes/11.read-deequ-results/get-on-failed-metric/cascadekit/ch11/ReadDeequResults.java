// Mistake: takes metric.value().get() without asking isSuccess(), so a failed metric (a missing column) throws.
package cascadekit.ch11;

import cascadekit.check.ConstraintResult;
import cascadekit.check.Level;
import cascadekit.check.Status;
import com.amazon.deequ.VerificationResult;
import com.amazon.deequ.checks.Check;
import com.amazon.deequ.checks.CheckLevel;
import com.amazon.deequ.constraints.ConstraintStatus;
import com.amazon.deequ.metrics.Metric;
import java.util.ArrayList;
import java.util.List;
import scala.collection.JavaConverters;

/**
 * Deequ's results as the kit's: one {@link ConstraintResult} per constraint, in check order.
 */
public final class ReadDeequResults {
  private ReadDeequResults() {}

  public static List<ConstraintResult> from(VerificationResult result, List<Check> checks) {
    List<ConstraintResult> read = new ArrayList<>();
    // checkResults is a Scala Map: walk the caller's checks, not the map, for a stated order.
    for (Check check : checks) {
      Level level = check.level() == CheckLevel.Error() ? Level.ERROR : Level.WARN;
      for (com.amazon.deequ.constraints.ConstraintResult found
          : JavaConverters.seqAsJavaList(result.checkResults().apply(check).constraintResults())) {
        // Deequ's status has three values (Success, Failure, Skipped): only Success passes.
        Status status = found.status() == ConstraintStatus.Success() ? Status.PASSED : Status.FAILED;
        // Deequ keeps no failing row ids and its assertion is a function, not a figure to print.
        read.add(new ConstraintResult(check.description(), level, found.constraint().toString(), null, status,
            value(found), "", List.of(), 0));
      }
    }
    return read;
  }

  /** Returns the metric as a double: NaN without one, or when computing it failed (a missing column). */
  private static double value(com.amazon.deequ.constraints.ConstraintResult found) {
    if (found.metric().isEmpty()) {
      return Double.NaN;
    }
    Metric<?> metric = found.metric().get();
    // value() holds the figure.
    return ((Number) metric.value().get()).doubleValue();
  }
}
