package cascadekit.ch11;

import com.amazon.deequ.checks.Check;

/**
 * Chapter 06's constraints as a Deequ check, written from Java. Deequ's methods are Scala methods
 * with default arguments, and Java sees every one: write {@code scala.Option.empty()} for each
 * hint and option you leave at its default, and an assertion as a {@code scala.Function1<Object,
 * Object>} lambda on the boxed metric, e.g. {@code v -> (Double) v >= 0.5}.
 *
 * <ol>
 *   <li>{@code usable()}: a check at level error named "visits are usable", no constraints yet.
 *       {@code usable().level()} // => CheckLevel.Error()
 *   <li>{@code ageMostlyComplete(check)}: {@code check} plus "at least 95% of ages present".
 *       19 of 20 ages present // => Success, metric 0.95
 *   <li>{@code ageInRange(check)}: every present age in [0, 120], bounds included, a missing age
 *       judged by no one (the kit's rule: add {@code .where("age IS NOT NULL")}).
 *       ages 30, 130, null, 45 // => Failure, metric 2/3
 *   <li>{@code onePerPatientDay(check)}: no (patient_id, visit_date) pair twice.
 *       (P1, d1), (P1, d1), (P1, d2), (P2, d1) // => Failure, metric 0.5
 * </ol>
 */
public final class DeequCheck {
  private DeequCheck() {}

  public static Check usable() {
    // TODO: new Check(level, description, constraints): CheckLevel.Error(), a Scala Seq of none
    throw new UnsupportedOperationException("11.deequ-check: write usable()");
  }

  public static Check ageMostlyComplete(Check check) {
    throw new UnsupportedOperationException("11.deequ-check: write ageMostlyComplete()");
  }

  public static Check ageInRange(Check check) {
    throw new UnsupportedOperationException("11.deequ-check: write ageInRange()");
  }

  public static Check onePerPatientDay(Check check) {
    throw new UnsupportedOperationException("11.deequ-check: write onePerPatientDay()");
  }
}
