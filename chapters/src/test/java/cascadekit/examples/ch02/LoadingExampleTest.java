package cascadekit.examples.ch02;

import static org.assertj.core.api.Assertions.assertThat;

import cascadekit.data.Datasets;
import cascadekit.load.Loaded;
import org.junit.jupiter.api.Test;

class LoadingExampleTest {
  @Test
  void should_account_for_every_visit_and_repair_every_mojibake_cell_the_manifest_lists() {
    // WHEN
    Loaded visits = Datasets.clinicVisits();
    // THEN: the manifest lists 80 mojibake cells (50 names, 30 clinics) and 40 clinics
    // written inconsistently, which the closed list of clinics sends to quarantine
    assertThat(visits.result().reconciliation()).isEqualTo("3060 rows read = 3020 kept + 40 quarantined");
    assertThat(visits.repairs()).hasSize(80);
    assertThat(visits.result().quarantined()).allMatch(q -> q.column().equals("clinic"));
  }
}
