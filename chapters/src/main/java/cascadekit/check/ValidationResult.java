package cascadekit.check;

import java.util.Comparator;
import java.util.List;

/**
 * The outcome of a validation run: one {@link ConstraintResult} per constraint, in the order the
 * checks and constraints were declared. The run passed unless an {@link Level#ERROR} constraint
 * failed; warnings are reported and do not fail it.
 *
 * <pre>{@code
 * result.passed();    // false iff an ERROR-level constraint failed
 * result.failures();  // the failed ones, errors first
 * result.toJson();    // the shape in this package's documentation
 * }</pre>
 */
public final class ValidationResult {
  private final List<ConstraintResult> results;

  /** Returns the outcome made of {@code results}. */
  public ValidationResult(List<ConstraintResult> results) {
    this.results = List.copyOf(results);
  }

  /** Returns whether no ERROR-level constraint failed. */
  public boolean passed() {
    return errorCount() == 0;
  }

  /** Returns every constraint's result, in the order declared. */
  public List<ConstraintResult> results() {
    return results;
  }

  /** Returns the failed constraints: errors first, then warnings, each in the order declared. */
  public List<ConstraintResult> failures() {
    return results.stream().filter(ConstraintResult::failed).sorted(Comparator.comparing(ConstraintResult::level)).toList();
  }

  /** Returns how many ERROR-level constraints failed. */
  public long errorCount() {
    return count(Level.ERROR);
  }

  /** Returns how many WARN-level constraints failed. */
  public long warningCount() {
    return count(Level.WARN);
  }

  /** Returns the result as JSON, in the shape this package's documentation gives. */
  public String toJson() {
    return ResultJson.write(this);
  }

  private long count(Level level) {
    return results.stream().filter(r -> r.failed() && r.level() == level).count();
  }
}
