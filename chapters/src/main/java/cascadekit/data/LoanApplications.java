package cascadekit.data;

import cascadekit.load.Column;
import cascadekit.load.ColumnType;
import cascadekit.load.Schema;

/**
 * The loan-applications dataset of chapter 07: its files, the schema of the applications and
 * of the manifest that names the leaks. {@link Datasets#loanApplications()} loads it.
 *
 * <pre>{@code
 * Table loans = Datasets.loanApplications();   // group APPLICANT, time APPLIED_AT, label LABEL
 * }</pre>
 */
public final class LoanApplications {
  /** The applications, relative to {@code datasets/}. */
  public static final String FILE = "loan-applications/applications.csv";

  /** The manifest of repeats, duplicates and the leaky column, relative to {@code datasets/}. */
  public static final String MANIFEST = "loan-applications/manifest.csv";

  /** The column that identifies one application. */
  public static final String ID = "application_id";

  /** The column that groups an applicant's applications. */
  public static final String APPLICANT = "applicant_id";

  /** The time an application was made. */
  public static final String APPLIED_AT = "applied_at";

  /** The target: 1 when the loan defaulted. */
  public static final String LABEL = "defaulted";

  /** The column filled in after a default, which must not be a feature. */
  public static final String LEAK = "collections_flag";

  private LoanApplications() {}

  /** Returns the schema: ids, time and target required, numbers typed, purposes from a list. */
  public static Schema schema() {
    return Schema.of(
        Column.of(ID, ColumnType.TEXT).required(),
        Column.of(APPLICANT, ColumnType.TEXT).required(),
        Column.of(APPLIED_AT, ColumnType.DATETIME).required(),
        Column.of("age", ColumnType.INTEGER).required(),
        Column.of("income", ColumnType.INTEGER).required(),
        Column.of("employment_years", ColumnType.INTEGER).required(),
        Column.of("credit_score", ColumnType.INTEGER).required(),
        Column.of("amount", ColumnType.INTEGER).required(),
        Column.of("term_months", ColumnType.INTEGER).required(),
        Column.of("purpose", ColumnType.TEXT).required().allowing(
            "business", "car", "debt_consolidation", "education", "home_improvement", "medical"),
        Column.of(LEAK, ColumnType.INTEGER).required().allowing("0", "1"),
        Column.of(LABEL, ColumnType.INTEGER).required().allowing("0", "1"));
  }

  /** Returns the manifest's schema: a row id (empty for a column), the column, the defect. */
  public static Schema manifestSchema() {
    return Schema.of(
        Column.of("row_id", ColumnType.TEXT),
        Column.of("column", ColumnType.TEXT),
        Column.of("defect", ColumnType.TEXT).required(),
        Column.of("clean_value", ColumnType.TEXT));
  }
}
