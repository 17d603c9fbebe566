package cascadekit.data.synth;

import static org.assertj.core.api.Assertions.assertThat;

import cascadekit.data.CsvTestFiles;
import cascadekit.data.Datasets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks the labels, leak, second season and reproducibility of {@code crop-survey}. */
class CropSurveyLabelsTest {
  private static final Map<String, String> TREATMENT =
      Map.of(
          "healthy", "none", "leaf_rust", "fungicide", "blight", "fungicide", "mosaic", "roguing");

  private final Map<String, Map<String, String>> truth =
      CropSurveyFiles.byId("truth.csv", "visit_id");
  private final List<Map<String, String>> labels = CsvTestFiles.rows("crop-survey/labels.csv");

  @Test
  void should_list_every_wrong_label_in_the_labels_manifest_by_its_cause() {
    // GIVEN three labels per true visit
    assertThat(labels).as("labels").hasSize(3 * truth.size());
    List<String> found = new ArrayList<>();
    // WHEN each label is compared with the visit's true label
    for (Map<String, String> l : labels) {
      String trueLabel = truth.get(l.get("visit_id")).get("label");
      if (!l.get("label").equals(trueLabel)) {
        boolean pair =
            List.of("leaf_rust", "blight").containsAll(List.of(trueLabel, l.get("label")));
        String kind =
            l.get("agronomist").equals(CropLabels.CARELESS)
                ? "careless_annotator"
                : pair ? "confused_pair" : "label_noise";
        found.add(Manifests.entry(l.get("visit_id"), l.get("agronomist"), kind, trueLabel));
      }
    }
    // THEN the wrong labels are exactly the manifest's, the careless agronomist near random
    CropSurveyFiles.assertSameEntries(
        "labels-manifest.csv", found, CropSurveyFiles.manifest("labels-manifest.csv"));
    assertThat(accuracy(CropLabels.CARELESS))
        .as("accuracy of the careless agronomist")
        .isBetween(0.25, 0.45);
    assertThat(accuracy("agr1")).as("accuracy of agr1").isGreaterThan(0.85);
    assertThat(CsvTestFiles.rows("crop-survey/gold.csv"))
        .as("gold labels that differ from the truth")
        .hasSize(CropLabels.GOLD)
        .allMatch(g -> g.get("label").equals(truth.get(g.get("visit_id")).get("label")));
  }

  @Test
  void should_have_a_leaky_treatment_a_drier_second_season_and_a_volume_drop() {
    // GIVEN the true visits
    List<Map<String, String>> visits = List.copyOf(truth.values());
    // WHEN the treatment, rainfall and visits per district are summarised by season
    double leak =
        visits.stream()
                .filter(
                    v -> v.get("treatment_after_diagnosis").equals(TREATMENT.get(v.get("label"))))
                .count()
            / (double) visits.size();
    // THEN the treatment nearly copies the label, season 2 is drier and Séguéla barely visited
    assertThat(leak).as("treatment agreeing with the label").isGreaterThan(0.9);
    assertThat(meanRain(visits, "1") - meanRain(visits, "2"))
        .as("season 1 minus season 2 rainfall")
        .isGreaterThan(100);
    assertThat(count(visits, "2", CropSampler.DROPPED_DISTRICT) * 3)
        .as("Séguéla's season-2 visits, times 3")
        .isLessThan(count(visits, "1", CropSampler.DROPPED_DISTRICT));
  }

  @Test
  void should_write_the_same_bytes_again_from_the_same_seed(@TempDir Path temp) throws IOException {
    // GIVEN the generator run again with the documented seed
    new CropSurveyGenerator().write(temp, GenerateDatasets.SEED);
    // WHEN each file is compared with the committed one
    SoftAssertions softly = new SoftAssertions();
    try (Stream<Path> files = Files.walk(temp)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String relative = temp.relativize(file).toString().replace('\\', '/');
        // THEN the bytes are the same
        softly
            .assertThat(Files.readAllBytes(file))
            .as(relative)
            .isEqualTo(Files.readAllBytes(Datasets.path("crop-survey/" + relative)));
      }
    }
    softly.assertAll();
  }

  private double accuracy(String agronomist) {
    List<Map<String, String>> own =
        labels.stream().filter(l -> l.get("agronomist").equals(agronomist)).toList();
    return own.stream()
            .filter(l -> l.get("label").equals(truth.get(l.get("visit_id")).get("label")))
            .count()
        / (double) own.size();
  }

  private static double meanRain(List<Map<String, String>> visits, String season) {
    return visits.stream()
        .filter(v -> v.get("season").equals(season))
        .mapToDouble(v -> Double.parseDouble(v.get("rainfall_mm")))
        .average()
        .orElseThrow();
  }

  private static long count(List<Map<String, String>> visits, String season, String district) {
    return visits.stream()
        .filter(v -> v.get("season").equals(season) && v.get("district").equals(district))
        .count();
  }
}
