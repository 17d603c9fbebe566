package cascadekit.data;

import static org.assertj.core.api.Assertions.assertThat;

import cascadekit.load.Loaded;
import org.junit.jupiter.api.Test;

/** Checks that the catalogue loads each dataset with its schema, every row accounted for. */
class CatalogueTest {
  @Test
  void should_load_the_clinic_visits_as_a_table_with_their_quarantine() {
    // GIVEN the dirty clinic visits: 3,060 rows, 40 with a clinic outside the closed list
    // WHEN the catalogue loads them
    Loaded visits = Datasets.clinicVisits();
    // THEN the table holds the kept rows and the quarantine the others
    assertThat(visits.result().quarantined()).as("rows quarantined").hasSize(40);
    assertThat(visits.table().rowCount()).as("rows in the table").isEqualTo(3020);
    assertThat(visits.table().columnNames())
        .as("columns")
        .hasSize(11)
        .contains("clinic", "visit_date");
  }

  @Test
  void should_load_the_clean_visits_and_the_manifest_without_quarantine() {
    // GIVEN the clean visits (3,000 rows) and the defect manifest (747 entries)
    // WHEN the catalogue loads them
    Loaded clean = Datasets.clinicVisitsClean();
    Loaded manifest = Datasets.clinicVisitsManifest();
    // THEN every row is kept
    assertThat(clean.result().quarantined()).as("clean rows quarantined").isEmpty();
    assertThat(clean.table().rowCount()).as("clean rows").isEqualTo(3000);
    assertThat(manifest.result().quarantined()).as("manifest rows quarantined").isEmpty();
    assertThat(manifest.table().rowCount()).as("manifest entries").isEqualTo(747);
  }

  @Test
  void should_load_the_raw_penguins_with_their_own_schema() {
    // GIVEN the raw penguins: 344 rows, 17 columns
    // WHEN the catalogue loads them
    Loaded penguins = Datasets.penguinsRaw();
    // THEN all are kept, in typed columns
    assertThat(penguins.table().rowCount()).as("penguins").isEqualTo(344);
    assertThat(penguins.table().column(PenguinsRaw.DELTA_15_N).type().name())
        .as("type of " + PenguinsRaw.DELTA_15_N)
        .isEqualTo("DOUBLE");
  }
}
