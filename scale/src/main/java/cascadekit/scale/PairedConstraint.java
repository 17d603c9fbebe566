package cascadekit.scale;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One constraint written twice, for the kit and for Deequ, with the columns it reads and how
 * close the two metrics must come.
 *
 * @param name the constraint in words, as the kit writes it
 * @param columns the columns it reads, checked against the data before Deequ runs
 * @param tolerance how close Deequ's metric must be to the kit's
 * @param kit adds the constraint to a kit check
 * @param deequ adds the constraint to a Deequ check
 */
public record PairedConstraint(String name, List<String> columns, Tolerance tolerance,
    UnaryOperator<cascadekit.check.Check> kit, UnaryOperator<com.amazon.deequ.checks.Check> deequ) {
  /** Copies the columns. */
  public PairedConstraint {
    columns = List.copyOf(columns);
  }
}
