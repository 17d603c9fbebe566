// Mistake: trusts Double.valueOf for weights, which accepts "NaN", "Infinity" and "1e3".
package cascadekit.ch02;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Exercise 02.row-validation: one row against a schema, typed or located.
 *
 * <p>A loader checks each row against the schema declared before reading: {@code patient_id}
 * (text, required), {@code age} (whole number from 0 to 130, optional), {@code weight_kg}
 * (digits with an optional decimal point, optional). The markers {@code ""} and {@code NA} mean
 * missing, in any column; spaces around a value do not count. A row is either a typed
 * {@link Visit} or a {@link Problem} that says where and why.
 *
 * <p>Task 1. Return the typed visit for a valid row; a missing value becomes null, never the
 * text "NA" and never 0.
 * <pre>{@code
 * validate(7, {patient_id=P1, age=NA, weight_kg=72.5})   // => Visit[P1, null, 72.5]
 * }</pre>
 *
 * <p>Task 2. Return the first problem, in the column order above, with the row's line, the
 * column, the raw value and one of the reasons {@code "missing required value"},
 * {@code "not a whole number"}, {@code "not a decimal number"}.
 * <pre>{@code
 * validate(9, {patient_id=P2, age=4l, weight_kg=80})   // => Problem[9, age, 4l, not a whole number]
 * }</pre>
 *
 * <p>Task 3. An age outside 0 to 130 is a problem with the reason {@code "out of range 0-130"}.
 * <pre>{@code
 * validate(4, {patient_id=P3, age=430, weight_kg=NA})   // => Problem[4, age, 430, out of range 0-130]
 * }</pre>
 */
public final class RowValidation {
  private static final Set<String> MISSING = Set.of("", "NA");
  private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");

  private RowValidation() {}

  /** A valid row, typed; null stands for a missing value. */
  public record Visit(String patientId, Integer age, Double weightKg) {}

  /** Why a row cannot be loaded, and where. */
  public record Problem(long line, String column, String value, String reason) {}

  /** What validating a row gave: exactly one of the two is not null. */
  public record Result(Visit visit, Problem problem) {}

  /** Returns the row on {@code line}, typed, or its first problem. */
  public static Result validate(long line, Map<String, String> row) {
    String patient = row.get("patient_id");
    if (isMissing(patient)) {
      return problem(line, "patient_id", patient, "missing required value");
    }
    String age = row.get("age");
    Integer years = null;
    if (!isMissing(age)) {
      try {
        years = Integer.valueOf(age.strip());
      } catch (NumberFormatException e) {
        return problem(line, "age", age, "not a whole number");
      }
      // A range is part of the schema too: 430 parses, but no patient is 430 years old.
      if (years < 0 || years > 130) {
        return problem(line, "age", age, "out of range 0-130");
      }
    }
    String weight = row.get("weight_kg");
    Double kilograms = null;
    if (!isMissing(weight)) {
      try {
        kilograms = Double.valueOf(weight.strip());
      } catch (NumberFormatException e) {
        return problem(line, "weight_kg", weight, "not a decimal number");
      }
    }
    return new Result(new Visit(patient, years, kilograms), null);
  }

  /** Returns whether a raw value means missing: absent, empty or a declared marker. */
  private static boolean isMissing(String raw) {
    return raw == null || MISSING.contains(raw.strip());
  }

  private static Result problem(long line, String column, String value, String reason) {
    return new Result(null, new Problem(line, column, value, reason));
  }
}
