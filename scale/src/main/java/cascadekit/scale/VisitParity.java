package cascadekit.scale;

import cascadekit.check.Suggestion;
import cascadekit.check.SuggestionRule;
import cascadekit.check.Suggestions;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Chapter 06's suite for clinic-visits (its {@code VisitSuite}), written for the kit and for
 * Deequ at once: the reviewed suggestions of the accepted batch (notes dropped; completeness of
 * the recorded columns and the diagnosis codes' range as warnings), the domain rules, and a third
 * check, not in chapter 06, with the figures Deequ approximates or sums apart (mean, standard
 * deviation, a quantile, a distinct count).
 */
public final class VisitParity {
  /** The columns a visit should always have, as chapter 06 lists them. */
  static final List<String> RECORDED = List.of("age", "height_cm", "weight_kg", "sex", "diagnosis_code");

  /** The day the batch was delivered, as chapter 06 dates it. */
  static final LocalDate DELIVERED = LocalDate.of(2024, 1, 2);

  private VisitParity() {}

  /** Returns the checks, from the suggestions of {@code accepted} (chapter 06: the true visits before 2023). */
  public static List<ParityCheck> checks(Table accepted) {
    List<PairedConstraint> errors = new ArrayList<>();
    List<PairedConstraint> warnings = new ArrayList<>();
    for (Suggestion s : Suggestions.of(accepted).all()) {
      boolean warn = RECORDED.contains(s.column()) && s.rule() == SuggestionRule.COMPLETE_IF_COMPLETE
          || s.column().equals("diagnosis_code") && s.rule() == SuggestionRule.CATEGORICAL_RANGE;
      if (!s.column().equals("notes")) {
        (warn ? warnings : errors).add(suggested(s, accepted));
      }
    }
    errors.add(DeequForms.rowCountBetween(1_000, 10_000));
    errors.add(DeequForms.unique("patient_id", "visit_date"));
    errors.add(DeequForms.between("age", 0, 120));
    errors.add(DeequForms.between("height_cm", 100, 220));
    errors.add(DeequForms.between("weight_kg", 30, 250));
    errors.add(DeequForms.satisfies("body-mass index at most 40", VisitParity::plausibleBodyMassIndex,
        "height_cm IS NULL OR weight_kg IS NULL OR weight_kg / ((height_cm / 100) * (height_cm / 100)) <= 40",
        List.of("height_cm", "weight_kg")));
    errors.add(DeequForms.matches("diagnosis_code", "[A-Z]\\d{2}(\\.\\d)?"));
    RECORDED.forEach(column -> errors.add(DeequForms.completeAtLeast(column, 0.95)));
    warnings.add(DeequForms.fresh("visit_date", Duration.ofDays(3), DELIVERED));
    List<PairedConstraint> figures = List.of(
        DeequForms.mean("height_cm", 150, 190),
        DeequForms.standardDeviation("weight_kg", 5, 30),
        DeequForms.quantile("age", 0.5, 30, 70),
        DeequForms.distinctCount("patient_id", 100, 5_000));
    return List.of(new ParityCheck("visits are usable for training", true, errors),
        new ParityCheck("visits are complete and fresh", false, warnings),
        new ParityCheck("visits look like earlier visits", false, figures));
  }

  /** Returns {@code s}'s constraint paired with its Deequ form; a category range allows the values seen in {@code sample}. */
  static PairedConstraint suggested(Suggestion s, Table sample) {
    String column = s.column();
    return switch (s.rule()) {
      case COMPLETE_IF_COMPLETE -> DeequForms.complete(column);
      case UNIQUE_IF_APPROXIMATELY_UNIQUE -> DeequForms.unique(column);
      case NON_NEGATIVE_NUMBERS -> DeequForms.nonNegative(column);
      case RETAIN_TYPE -> DeequForms.hasType(column, sample.column(column).type());
      case CATEGORICAL_RANGE -> DeequForms.containedIn(column, valuesOf(sample.column(column)));
      case RETAIN_COMPLETENESS -> throw new ScaleException("suggestion " + s.code() + " has no Deequ form in the kit yet; "
          + "pair it by hand with DeequForms.completeAtLeast");
    };
  }

  private static Set<String> valuesOf(Column<?> column) {
    Set<String> values = new LinkedHashSet<>();
    for (int row = 0; row < column.size(); row++) {
      if (!column.isMissing(row)) {
        values.add(column.getString(row));
      }
    }
    return values;
  }

  /** Returns whether a row's body-mass index is at most 40, or cannot be computed (chapter 06's rule). */
  static boolean plausibleBodyMassIndex(Row row) {
    if (row.isMissing("height_cm") || row.isMissing("weight_kg")) {
      return true;
    }
    double metres = row.getDouble("height_cm") / 100;
    return row.getDouble("weight_kg") / (metres * metres) <= 40;
  }
}
