package cascadekit.scale;

import com.amazon.deequ.checks.CheckLevel;
import java.util.List;

/**
 * A check written for the kit and for Deequ at once: a name, a level and paired constraints, in order.
 *
 * <pre>{@code
 * ParityCheck usable = new ParityCheck("visits are usable", true, List.of(DeequForms.complete("visit_id")));
 * usable.kit();     // cascadekit.check.Check.error("visits are usable").isComplete("visit_id")
 * usable.deequ();   // Check(CheckLevel.Error, "visits are usable").isComplete("visit_id")
 * }</pre>
 *
 * @param description the check's name, the same on both sides
 * @param error whether a failure is an error (else a warning)
 * @param constraints the paired constraints, in the order both sides add them
 */
public record ParityCheck(String description, boolean error, List<PairedConstraint> constraints) {
  /** Copies the constraints. */
  public ParityCheck {
    constraints = List.copyOf(constraints);
  }

  /** Returns the kit's check. */
  public cascadekit.check.Check kit() {
    cascadekit.check.Check check = error ? cascadekit.check.Check.error(description) : cascadekit.check.Check.warn(description);
    for (PairedConstraint c : constraints) {
      check = c.kit().apply(check);
    }
    return check;
  }

  /** Returns Deequ's check. */
  public com.amazon.deequ.checks.Check deequ() {
    com.amazon.deequ.checks.Check check = new com.amazon.deequ.checks.Check(
        error ? CheckLevel.Error() : CheckLevel.Warning(), description, Scala.seq(List.of()));
    for (PairedConstraint c : constraints) {
      check = c.deequ().apply(check);
    }
    return check;
  }
}
