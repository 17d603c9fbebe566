package cascadekit.ch04;

import java.util.List;
import java.util.Map;

/**
 * Exercise 04.audit-undo: every change to the data has a log entry, and a step can be undone.
 *
 * <p>Cleaning that cannot be audited is a cascade of its own: a value changed without a trace
 * cannot be questioned, and a bad rule cannot be rolled back. Here a table is a map from cell
 * names ({@code "V1/sex"}) to values, and every change goes through {@code set}, which logs it.
 *
 * <p>Task 1. Return a new state with {@code cell} set to {@code value} and one log entry
 * (cell, before, after, rule) appended. Setting a cell to the value it holds changes nothing
 * and logs nothing. The state passed in is left as it was.
 * <pre>{@code
 * set(({V1/sex=female}, []), "V1/sex", "F", "sex-map")   // => ({V1/sex=F}, [V1/sex: female -> F by sex-map])
 * }</pre>
 *
 * <p>Task 2. Return the state with the changes of {@code rule} undone, last first, each undo
 * logged as an entry whose rule is {@code "undo " + rule}. Refuse (IllegalStateException, naming
 * the cell) when a cell no longer holds what the rule put there: a later change would be lost.
 * <pre>{@code
 * undo(({V1/sex=F}, [V1/sex: female -> F by sex-map]), "sex-map")
 *     // => ({V1/sex=female}, [..., V1/sex: F -> female by undo sex-map])
 * }</pre>
 */
public final class AuditUndo {
  private AuditUndo() {}

  /** One logged change: the cell, its value before and after (null: missing), and the rule. */
  public record Entry(String cell, String before, String after, String rule) {}

  /** The cells and the log of every change that made them. */
  public record State(Map<String, String> cells, List<Entry> log) {}

  /** Returns {@code state} with {@code cell} set to {@code value}, logged under {@code rule}. */
  public static State set(State state, String cell, String value, String rule) {
    // TODO: task 1: copy the cells and the log, change the copy, append the entry.
    throw new UnsupportedOperationException(
        "04.audit-undo: AuditUndo.set is not written yet; do task 1, then ./kit check 04.audit-undo");
  }

  /** Returns {@code state} with the changes of {@code rule} undone and logged. */
  public static State undo(State state, String rule) {
    // TODO: task 2: walk the rule's entries last first; check each cell, then set it back.
    throw new UnsupportedOperationException(
        "04.audit-undo: AuditUndo.undo is not written yet; do task 2, then ./kit check 04.audit-undo");
  }
}
