package cascadekit.data.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cascadekit.data.CsvTestFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/** Re-derives every wrong label of {@code review-labels} from the data and the manifest's rules. */
class ReviewLabelsManifestTest {
  private final Map<String, String> truth =
      CsvTestFiles.rows("review-labels/truth.csv").stream()
          .collect(Collectors.toMap(row -> row.get("item_id"), row -> row.get("true_label")));
  private final List<Map<String, String>> annotations =
      CsvTestFiles.rows("review-labels/annotations.csv");

  @Test
  void should_find_exactly_the_manifest_label_errors_in_the_annotations() {
    // GIVEN the annotations and the true labels
    List<String> found = new ArrayList<>();
    // WHEN every annotation that disagrees with the truth is classified
    for (Map<String, String> a : annotations) {
      String real = truth.get(a.get("item_id"));
      String given = a.get("label");
      if (!given.equals(real)) {
        boolean swap =
            a.get("annotator_id").equals("a4")
                && !real.equals("positive")
                && !given.equals("positive");
        String kind = swap ? "label_swap" : "label_noise";
        found.add(Manifests.entry(a.get("annotation_id"), "label", kind, real));
      }
    }
    // THEN the classified errors are exactly the manifest's rows
    assertThat(found)
        .containsExactlyInAnyOrderElementsOf(Manifests.entries("review-labels/manifest.csv", ""));
  }

  @Test
  void should_label_every_item_five_times_with_accuracies_near_the_stated_confusions() {
    // GIVEN the annotators' stated confusion matrices
    Map<String, Double> stated = new TreeMap<>();
    for (Map<String, String> row : CsvTestFiles.rows("review-labels/annotators.csv")) {
      stated.merge(
          row.get("annotator_id"),
          Double.parseDouble(row.get("p_" + row.get("true_label"))) * share(row.get("true_label")),
          Double::sum);
    }
    // WHEN each annotator's accuracy is measured against the truth
    Map<String, Double> measured =
        annotations.stream()
            .collect(
                Collectors.groupingBy(
                    a -> a.get("annotator_id"),
                    TreeMap::new,
                    Collectors.averagingDouble(
                        a -> a.get("label").equals(truth.get(a.get("item_id"))) ? 1 : 0)));
    // THEN it is close to what the confusions and class shares imply
    SoftAssertions softly = new SoftAssertions();
    softly.assertThat(annotations).hasSize(5 * truth.size());
    softly.assertThat(measured.keySet()).containsExactly("a1", "a2", "a3", "a4", "a5");
    measured.forEach(
        (id, accuracy) ->
            softly
                .assertThat(accuracy)
                .as("accuracy of " + id)
                .isCloseTo(stated.get(id), within(0.03)));
    softly.assertAll();
  }

  @Test
  void should_have_imbalanced_classes_and_gold_labels_that_match_the_truth() {
    // GIVEN the true labels and the gold subset
    List<Map<String, String>> gold = CsvTestFiles.rows("review-labels/gold.csv");
    // WHEN the classes are counted
    // THEN the shares are about 70/20/10 and every gold label is the true one
    assertThat(truth).hasSize(2000);
    for (String label : List.of("positive", "neutral", "negative")) {
      double observed = truth.values().stream().filter(label::equals).count() / 2000.0;
      assertThat(observed).as("share of " + label).isCloseTo(share(label), within(0.03));
    }
    assertThat(gold)
        .hasSize(200)
        .allSatisfy(g -> assertThat(g.get("gold_label")).isEqualTo(truth.get(g.get("item_id"))));
  }

  private static double share(String label) {
    return Map.of("positive", 0.7, "neutral", 0.2, "negative", 0.1).get(label);
  }
}
