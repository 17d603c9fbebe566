package cascadekit.monitoring;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Compares any current Tablesaw table with a reference table, column by column: each numeric
 * column by PSI over the reference's deciles and Kolmogorov-Smirnov, each text column by
 * chi-square and Jensen-Shannon (base 2). Columns of other types are left out.
 *
 * <pre>{@code
 * List<ColumnDrift> drift = TableDrift.compare(Datasets.sensorTrainingTable(), julyTable);
 * }</pre>
 */
public final class TableDrift {
  private TableDrift() {}

  /** Returns the scores of every numeric and text column of {@code reference}, in its order. */
  public static List<ColumnDrift> compare(Table reference, Table current) {
    List<ColumnDrift> scores = new ArrayList<>();
    for (Column<?> column : reference.columns()) {
      String name = column.name();
      if (column instanceof NumericColumn<?> numeric) {
        NumericDrift drift = numeric(numeric, current.numberColumn(name));
        scores.add(new ColumnDrift(name, "psi", drift.psi()));
        scores.add(new ColumnDrift(name, "ks", drift.ksStatistic()));
      } else if (column instanceof StringColumn text) {
        CategoryDrift drift =
            CategoryDrift.of(CategoryDrift.counts(text), CategoryDrift.counts(current.stringColumn(name)));
        scores.add(new ColumnDrift(name, "chi_square", drift.chiSquare()));
        scores.add(new ColumnDrift(name, "jensen_shannon", drift.jensenShannon()));
      }
    }
    return scores;
  }

  private static NumericDrift numeric(NumericColumn<?> reference, NumericColumn<?> current) {
    NumericProfile.Window window = NumericProfile.of(reference.asDoubleArray()).window();
    for (double value : current.asDoubleArray()) {
      window.add(value);
    }
    return window.drift();
  }
}
