package cascadekit.examples.ch06;

import cascadekit.check.Check;
import cascadekit.check.ConstraintResult;
import cascadekit.check.Suggestions;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * Chapter 06's suite for clinic-visits: the reviewed suggestions of a trusted batch's profile, plus
 * the domain rules no profile can suggest. Errors guard what would teach a model something false;
 * warnings what costs rows or needs a look.
 */
final class VisitSuite {
  /** The key of one visit per patient and day (the datasheet's rule), as its constraint names it. */
  static final String PATIENT_DAY = "patient_id, visit_date";

  /** The day a batch is delivered: the day after the last visit of the file. */
  static final LocalDate DELIVERED = LocalDate.of(2024, 1, 2);

  /** The columns a visit should always have, measured or recorded. */
  static final List<String> RECORDED = List.of("age", "height_cm", "weight_kg", "sex", "diagnosis_code");

  private VisitSuite() {}

  /** Returns the suite: the reviewed suggestions of {@code suggested} and the domain rules. */
  static List<Check> of(Suggestions suggested) {
    Check errors = SuggestionReview.with(suggested, SuggestionReview.Decision.KEEP)
        .addTo(Check.error("visits are usable for training"))
        .hasRowCountBetween(1_000, 10_000)                  // a delivery holds at least a thousand visits
        .isUnique("patient_id", "visit_date")                // one visit per patient and day: no visit entered twice
        .isBetween("age", 0, 120)                            // years: a stray digit makes 430
        .isBetween("height_cm", 100, 220)                    // centimetres: metres read 1.72
        .isBetween("weight_kg", 30, 250)                     // kilograms: a slipped decimal point reads 720
        .satisfies("body-mass index at most 40", VisitSuite::plausibleBodyMassIndex) // pounds in a kg column
        .matches("diagnosis_code", "[A-Z]\\d{2}(\\.\\d)?");  // ICD-10 style: upper case, dot before a fourth character
    for (String column : RECORDED) {
      errors = errors.hasCompletenessAtLeast(column, 0.95); // more missing than 1 in 20 is a broken feed, not a gap
    }
    Check warnings = SuggestionReview.with(suggested, SuggestionReview.Decision.WARN)
        .addTo(Check.warn("visits are complete and fresh"))
        .isFresh("visit_date", Duration.ofDays(3), DELIVERED.atStartOfDay(ZoneOffset.UTC).toInstant()); // a stale export: look
    return List.of(errors, warnings);
  }

  /** Returns the accepted batch of the true visits: those before the new batch. */
  static Table acceptedBatch(Table truth) {
    return truth.where(truth.dateColumn("visit_date").isBefore(GateCost.NEW_BATCH));
  }

  /** Returns the manifest columns {@code result}'s constraint judges: "" (the whole row) for the patient-day key. */
  static Set<String> judged(ConstraintResult result) {
    if (result.column() == null) {
      return Set.of("height_cm", "weight_kg");                // the body-mass index rule
    }
    return Set.of(result.column().equals(PATIENT_DAY) ? "" : result.column());
  }

  /**
   * Returns whether a row's body-mass index is at most 40, or cannot be computed. No true visit
   * reaches 38.3; a weight in pounds doubles the index. A bariatric clinic would make this a warning.
   */
  static boolean plausibleBodyMassIndex(Row row) {
    if (row.isMissing("height_cm") || row.isMissing("weight_kg")) {
      return true;
    }
    double metres = row.getDouble("height_cm") / 100;
    return row.getDouble("weight_kg") / (metres * metres) <= 40;
  }
}
