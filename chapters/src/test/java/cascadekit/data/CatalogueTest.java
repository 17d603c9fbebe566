package cascadekit.data;

import static org.assertj.core.api.Assertions.assertThat;

import cascadekit.load.Dialect;
import cascadekit.load.LoadResult;
import cascadekit.load.Loaded;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
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

  @Test
  void should_load_every_sensor_batch_with_its_rows_accounted_for() {
    // GIVEN the training window (3,000 rows) and twelve serving batches (11,150 rows)
    // WHEN the catalogue loads them
    LoadResult<SensorReading> training = Datasets.sensorTraining();
    long served = 0;
    for (YearMonth month : SensorBatches.months()) {
      LoadResult<SensorReading> batch = Datasets.sensorBatch(month);
      // THEN every row read is kept or quarantined, and none is quarantined
      assertThat(batch.kept().size() + batch.quarantined().size())
          .as("kept + quarantined in " + month)
          .isEqualTo(batch.rowsRead());
      assertThat(batch.quarantined()).as("quarantined in " + month).isEmpty();
      served += batch.kept().size();
    }
    assertThat(training.reconciliation()).isEqualTo("3000 rows read = 3000 kept + 0 quarantined");
    assertThat(served).as("serving rows kept").isEqualTo(11150);
  }

  @Test
  void should_load_the_sensor_manifest_as_a_table() {
    // GIVEN the sensor manifest: six injected defects, one a whole batch's (no column)
    // WHEN the catalogue loads it
    Loaded manifest = Datasets.sensorManifest();
    // THEN every entry is kept, its row count typed
    assertThat(manifest.result().reconciliation()).isEqualTo("6 rows read = 6 kept + 0 quarantined");
    assertThat(manifest.table().stringColumn("defect").asList())
        .containsExactly("training_serving_skew", "stale_timestamps", "mean_shift", "volume_drop",
            "variance_change", "new_category");
    assertThat(manifest.table().intColumn("rows").get(3)).as("rows of the volume drop").isEqualTo(150);
  }

  @Test
  void should_load_the_review_labels_with_every_label_placed() {
    // GIVEN review-labels: 2,000 reviews, 10,000 annotations, 200 gold labels
    // WHEN the catalogue loads them
    ReviewLabels labels = Datasets.reviewLabels();
    // THEN every review, label and gold label is in the grid or the maps (a bad row is refused)
    int given = Arrays.stream(labels.annotations().counts()).flatMapToInt(Arrays::stream).sum();
    assertThat(labels.reviews()).as("reviews").hasSize(2000);
    assertThat(given).as("annotations placed in the grid").isEqualTo(10000);
    assertThat(labels.truth()).as("true labels").hasSize(2000);
    assertThat(labels.gold()).as("gold labels").hasSize(200);
  }

  @Test
  void should_load_the_encodings_with_every_row_kept_or_quarantined() {
    // GIVEN the cities table as Windows-1252 (12 rows) and a ragged copy (8 rows, 2 ragged)
    // WHEN the catalogue loads them, the first in its own charset
    Loaded cities = Datasets.encodings(Encodings.WINDOWS_1252, Charset.forName("windows-1252"));
    Loaded ragged =
        Datasets.encodings(Encodings.MALFORMED + "ragged-rows.csv", StandardCharsets.UTF_8);
    // THEN read = kept + quarantined, and the decoded text is right
    assertThat(cities.result().reconciliation()).isEqualTo("12 rows read = 12 kept + 0 quarantined");
    assertThat(cities.table().stringColumn("city").get(0)).isEqualTo("Zürich");
    assertThat(ragged.result().reconciliation()).isEqualTo("8 rows read = 6 kept + 2 quarantined");
  }

  @Test
  void should_load_every_loan_application_with_a_typed_time_and_the_manifest() {
    // GIVEN 4,001 applications (617 defaulted) and a manifest of 802 entries
    // WHEN the catalogue loads them
    tech.tablesaw.api.Table loans = Datasets.loanApplications();
    Loaded manifest = Datasets.loanApplicationsManifest();
    // THEN every row is in the table, the time typed as a date-time
    assertThat(loans.rowCount()).as("applications").isEqualTo(4001);
    assertThat(loans.intColumn(LoanApplications.LABEL).sum()).as("defaults").isEqualTo(617);
    assertThat(loans.column(LoanApplications.APPLIED_AT).type().name()).as("time type")
        .isEqualTo("LOCAL_DATE_TIME");
    assertThat(manifest.table().rowCount()).as("manifest entries").isEqualTo(802);
  }

  @Test
  void should_find_every_crop_survey_file_and_sniff_tool_b_as_semicolon_separated() {
    // GIVEN the crop survey's files, named by the catalogue
    // WHEN they are found from the kit's root and tool B's file is sniffed in its own charset
    Dialect toolB = Dialect.sniff(Datasets.path(CropSurvey.TOOL_B), CropSurvey.toolB().charset());
    // THEN every file exists, and the sniffer agrees with the documented dialect
    for (String file : List.of(CropSurvey.TRUTH, CropSurvey.LABELS, CropSurvey.GOLD,
        CropSurvey.MANIFEST, CropSurvey.LABELS_MANIFEST)) {
      assertThat(Files.isRegularFile(Datasets.path(file))).as(file + " exists").isTrue();
    }
    assertThat(CropSurvey.VISIT_FILES).as("visit files").allMatch(f -> Files.isRegularFile(Datasets.path(f)));
    assertThat(toolB).as("dialect of " + CropSurvey.TOOL_B).isEqualTo(CropSurvey.toolB());
    assertThat(Dialect.sniff(Datasets.path(CropSurvey.SEASON_2), StandardCharsets.UTF_8).delimiter())
        .as("delimiter of " + CropSurvey.SEASON_2).isEqualTo(',');
  }
}
