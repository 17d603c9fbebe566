package cascadekit.monitoring;

/**
 * One score of one column of a current table against the same column of a reference table.
 *
 * @param column the column's name
 * @param metric {@code psi} or {@code ks} for a numeric column, {@code chi_square} or {@code
 *     jensen_shannon} for a text column
 * @param score the metric's value
 */
public record ColumnDrift(String column, String metric, double score) {}
