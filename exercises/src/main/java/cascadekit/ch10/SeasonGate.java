package cascadekit.ch10;

import cascadekit.check.ValidationResult;
import tech.tablesaw.api.Table;

/**
 * Exercise 10.season-gate: a validation gate between collection and training.
 *
 * <p>Each season's batch goes through the gate before the model sees it: {@code batch} is one
 * season's visits, loaded, missing codes missing, area in ha and yield in kg. Write it with
 * chapter 06's checks ({@code cascadekit.check}: {@code Check}, {@code ValidationSuite}); which
 * checks and thresholds is your call. Season 2 has problems no single row shows.
 *
 * <p>Task 1. The clean season-1 batch (its true visits) passes: no ERROR fails.
 * <pre>{@code
 * validate(seasonOne).passed()   // => true
 * }</pre>
 *
 * <p>Task 2. The season-2 batch fails, and at least one ERROR names the cause: the tablet whose
 * clock froze (TAB-03 among its failing ids or in its check's name, or 10 or more of the frozen
 * visits among its failing ids) or the district hardly visited (Séguéla, likewise).
 * <pre>{@code
 * validate(seasonTwo).failures()   // => [... every district is visited ...: failing Séguéla, ...]
 * }</pre>
 */
public final class SeasonGate {
  private SeasonGate() {}

  /** Returns the gate's verdict on {@code batch}. */
  public static ValidationResult validate(Table batch) {
    // TODO: tasks 1 and 2: checks on the rows, and on counts over many rows.
    throw new UnsupportedOperationException(
        "10.season-gate: SeasonGate.validate is not written yet; do task 1, then ./kit check 10.season-gate");
  }
}
