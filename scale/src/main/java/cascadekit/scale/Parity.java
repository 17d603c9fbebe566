package cascadekit.scale;

import cascadekit.check.ConstraintResult;
import cascadekit.check.Status;
import cascadekit.check.ValidationSuite;
import com.amazon.deequ.VerificationResult;
import com.amazon.deequ.VerificationRunBuilder;
import com.amazon.deequ.VerificationSuite;
import com.amazon.deequ.constraints.ConstraintStatus;
import com.amazon.deequ.metrics.Metric;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import scala.collection.JavaConverters;
import tech.tablesaw.api.Table;

/**
 * Runs the same checks with the kit on a table and with Deequ on a DataFrame of the same rows,
 * and pairs their results constraint by constraint.
 *
 * <pre>{@code
 * List<ParityRow> rows = Parity.run(table, Frames.of(spark, table), VisitParity.checks(accepted));
 * rows.stream().allMatch(ParityRow::agrees);
 * }</pre>
 */
public final class Parity {
  private Parity() {}

  /** Returns one row per paired constraint, in order; a column the frame lacks fails before Deequ runs. */
  public static List<ParityRow> run(Table table, Dataset<Row> frame, List<ParityCheck> checks) {
    ValidationSuite suite = ValidationSuite.on(table);
    VerificationRunBuilder deequ = new VerificationSuite().onData(frame);
    List<com.amazon.deequ.checks.Check> deequChecks = new ArrayList<>();
    for (ParityCheck check : checks) {
      check.constraints().forEach(c -> Columns.require(frame, c.columns(), check.description()));
      suite = suite.addCheck(check.kit());
      deequChecks.add(check.deequ());
      deequ = deequ.addCheck(deequChecks.get(deequChecks.size() - 1));
    }
    List<ConstraintResult> kit = suite.run().results();
    VerificationResult verified = deequ.run();
    List<ParityRow> rows = new ArrayList<>();
    int next = 0;
    for (int i = 0; i < checks.size(); i++) {
      List<com.amazon.deequ.constraints.ConstraintResult> found =
          JavaConverters.seqAsJavaList(verified.checkResults().apply(deequChecks.get(i)).constraintResults());
      for (int j = 0; j < found.size(); j++) {
        PairedConstraint pair = checks.get(i).constraints().get(j);
        ConstraintResult k = kit.get(next++);
        double[] range = pair.tolerance().accepted(k.value(), table);
        rows.add(new ParityRow(pair.name(), k.value(), value(found.get(j)), k.status() == Status.PASSED,
            found.get(j).status() == ConstraintStatus.Success(), pair.tolerance().describe(), range[0], range[1]));
      }
    }
    return rows;
  }

  /** Returns a Deequ result's metric as a number, or NaN when it has none (a failed metric, a histogram). */
  private static double value(com.amazon.deequ.constraints.ConstraintResult result) {
    if (result.metric().isEmpty()) {
      return Double.NaN;
    }
    Metric<?> metric = result.metric().get();
    return metric.value().isSuccess() && metric.value().get() instanceof Number n ? n.doubleValue() : Double.NaN;
  }
}
