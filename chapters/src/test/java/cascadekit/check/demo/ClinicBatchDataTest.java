package cascadekit.check.demo;

import static cascadekit.check.TableAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cascadekit.load.Loaded;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A data project's tests, as a team would write them for each new batch of clinic visits: the
 * build fails when the batch is unfit to train on. The batch is chosen at run time
 * ({@link BatchUnderTest}), so the same tests judge the raw file and the cleaned one.
 */
@ExtendWith(BatchUnderTest.class)
class ClinicBatchDataTest {
  @Test
  void should_hold_a_plausible_number_of_visits(Loaded batch) {
    assertThat(batch.table()).hasRowCountBetween(2_000, 5_000);
  }

  @Test
  void should_load_every_row(Loaded batch) {
    assertThat(batch.result().quarantined()).as("rows the loader quarantined").isEmpty();
  }

  @Test
  void should_identify_every_visit_once(Loaded batch) {
    assertThat(batch.table()).column("visit_id").isComplete().isUnique().matches("V\\d{5}");
  }

  @Test
  void should_record_ages_a_person_can_have(Loaded batch) {
    assertThat(batch.table()).identifiedBy("visit_id").column("age").isBetween(0, 120);
  }

  @Test
  void should_code_sex_as_f_or_m(Loaded batch) {
    assertThat(batch.table()).identifiedBy("visit_id").column("sex").isContainedIn(Set.of("F", "M"));
  }

  @Test
  void should_measure_height_in_cm_and_weight_in_kg(Loaded batch) {
    assertThat(batch.table()).identifiedBy("visit_id")
        .column("height_cm").isBetween(40, 220)
        .column("weight_kg").isBetween(2, 250);
  }

  @Test
  void should_be_mostly_complete(Loaded batch) {
    assertThat(batch.table()).identifiedBy("visit_id")
        .column("age").hasCompletenessAtLeast(0.95)
        .column("weight_kg").hasCompletenessAtLeast(0.95)
        .column("sex").hasCompletenessAtLeast(0.95);
  }
}
