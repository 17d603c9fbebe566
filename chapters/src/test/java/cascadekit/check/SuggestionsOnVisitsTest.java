package cascadekit.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cascadekit.data.Datasets;
import org.junit.jupiter.api.Test;

/** Checks suggested from the clean clinic visits, run on the raw ones: what a profile can and cannot see. */
class SuggestionsOnVisitsTest {
  @Test
  void should_catch_gaps_and_stray_categories_but_not_values_that_only_a_domain_rule_knows() {
    // GIVEN the 22 checks suggested from visits_clean.csv
    Suggestions suggested = Suggestions.of(Datasets.clinicVisitsClean().table());
    assertThat(suggested.all()).as("suggestions").hasSize(22);
    // WHEN they judge visits.csv
    ValidationResult raw = ValidationSuite.on(Datasets.clinicVisits().table()).idColumn("visit_id")
        .addCheck(suggested.toCheck("suggested from the clean visits")).run();
    // THEN missing values and new spellings fail; 12 impossible ages and heights in metres pass
    // isNonNegative, as no rule suggests a range
    assertThat(raw.failures()).extracting(ConstraintResult::constraint, ConstraintResult::failingCount).containsExactly(
        tuple("age is complete", 20L),
        tuple("height_cm is complete", 29L),
        tuple("weight_kg is complete", 32L),
        tuple("sex is complete", 25L),
        tuple("sex is in [F, M]", 150L),
        tuple("diagnosis_code is complete", 32L),
        tuple("diagnosis_code is in [E11.9, F41.1, I10, J06.9, J45.9, K21.9, M54.5, Z00.0]", 40L));
  }
}
