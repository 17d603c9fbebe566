package cascadekit.scale;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Holds a check's columns against a DataFrame before Deequ runs: Deequ would report a missing
 * column as a failed constraint among the others ("Input data does not include column ..."), and
 * Spark as an AnalysisException several screens long.
 */
public final class Columns {
  private Columns() {}

  /** Fails with a one-line {@link ScaleException} naming the first column of {@code wanted} the frame lacks, and the ones it has. */
  public static void require(Dataset<Row> frame, Collection<String> wanted, String check) {
    List<String> available = Arrays.asList(frame.columns());
    for (String column : wanted) {
      if (!available.contains(column)) {
        throw new ScaleException("check '" + check + "' reads column '" + column + "', which the data does not have; it has "
            + String.join(", ", available));
      }
    }
  }
}
