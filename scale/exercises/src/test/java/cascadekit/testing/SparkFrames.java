package cascadekit.testing;

import com.amazon.deequ.VerificationResult;
import com.amazon.deequ.VerificationSuite;
import com.amazon.deequ.checks.Check;
import com.amazon.deequ.constraints.ConstraintResult;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.collection.JavaConverters;

/**
 * Small visit frames for chapter 11's tests, on one local Spark kept for every run of the test
 * worker (starting one costs seconds).
 */
public final class SparkFrames {
  private static final StructType VISITS = new StructType()
      .add("patient_id", DataTypes.StringType)
      .add("visit_date", DataTypes.StringType)
      .add("age", DataTypes.IntegerType);

  private SparkFrames() {}

  /** Returns the session: one thread, no UI, one shuffle partition. */
  public static SparkSession session() {
    return SparkSession.builder().master("local[1]").appName("cascade-kit exercises")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "1")
        .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
  }

  /** Returns visits (patient_id, visit_date, age), one per triple {@code "P1", "2023-01-01", 30} (age may be null). */
  public static Dataset<Row> visits(Object... cells) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < cells.length; i += 3) {
      rows.add(RowFactory.create(cells[i], cells[i + 1], cells[i + 2]));
    }
    return session().createDataFrame(rows, VISITS);
  }

  /** Returns what Deequ found running {@code checks} on {@code frame}. */
  public static VerificationResult verify(Dataset<Row> frame, Check... checks) {
    return new VerificationSuite().onData(frame).addChecks(JavaConverters.asScalaBuffer(List.of(checks)).toSeq()).run();
  }

  /** Returns the results of {@code check}'s constraints in {@code result}, in order. */
  public static List<ConstraintResult> constraints(VerificationResult result, Check check) {
    return JavaConverters.seqAsJavaList(result.checkResults().apply(check).constraintResults());
  }

  /** Returns a constraint result's metric, or NaN when it has none. */
  public static double metric(ConstraintResult result) {
    return result.metric().isEmpty() || result.metric().get().value().isFailure() ? Double.NaN
        : ((Number) result.metric().get().value().get()).doubleValue();
  }

  /** Returns the ages {@code present} of {@code rows} as visits of one patient each, the rest null. */
  public static Dataset<Row> ages(int rows, int present, int age) {
    Object[] cells = new Object[rows * 3];
    for (int i = 0; i < rows; i++) {
      cells[3 * i] = "P" + i;
      cells[3 * i + 1] = "2023-01-01";
      cells[3 * i + 2] = i < present ? Integer.valueOf(age) : null;
    }
    return visits(cells);
  }
}
