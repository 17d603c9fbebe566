package cascadekit.data.synth;

import static org.assertj.core.api.Assertions.assertThat;

import cascadekit.data.CsvTestFiles;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Re-derives the repeats, duplicates and leak of {@code loan-applications} from the data. */
class LoanApplicationsManifestTest {
  private static final List<String> NOT_FEATURES = List.of("application_id", "applied_at");

  private final List<Map<String, String>> applications =
      CsvTestFiles.rows("loan-applications/applications.csv");
  private final List<Map<String, String>> manifest =
      CsvTestFiles.rows("loan-applications/manifest.csv");

  @Test
  void should_find_exactly_the_manifest_repeats_and_duplicates_in_the_data() {
    // GIVEN the applications in time order
    List<Map<String, String>> inTime = new ArrayList<>(applications);
    inTime.sort(Comparator.comparing(a -> a.get("applied_at")));
    Map<String, List<Map<String, String>>> earlier = new HashMap<>();
    List<String> found = new ArrayList<>();
    // WHEN each application is compared with the same applicant's earlier ones
    for (Map<String, String> a : inTime) {
      List<Map<String, String>> before =
          earlier.computeIfAbsent(a.get("applicant_id"), k -> new ArrayList<>());
      Map<String, String> same =
          before.stream().filter(b -> sameFeatures(a, b)).findFirst().orElse(null);
      if (same != null) {
        found.add(
            Manifests.entry(
                a.get("application_id"), "", "duplicate_across_time", same.get("application_id")));
      } else if (!before.isEmpty()) {
        found.add(
            Manifests.entry(
                a.get("application_id"),
                "applicant_id",
                "repeat_applicant",
                before.get(0).get("application_id")));
      }
      before.add(a);
    }
    // THEN the repeats and duplicates are exactly the manifest's
    assertThat(found)
        .containsExactlyInAnyOrderElementsOf(
            Manifests.entries("loan-applications/manifest.csv", "target_leak"));
  }

  @Test
  void should_have_a_leaky_column_that_nearly_copies_the_target() {
    // GIVEN the column the manifest names as a leak
    String leak =
        manifest.stream()
            .filter(m -> m.get("defect").equals("target_leak"))
            .findFirst()
            .orElseThrow()
            .get("column");
    // WHEN it is compared with the target
    double agreement =
        applications.stream().filter(a -> a.get(leak).equals(a.get("defaulted"))).count()
            / (double) applications.size();
    double defaultRate =
        applications.stream().filter(a -> a.get("defaulted").equals("1")).count()
            / (double) applications.size();
    // THEN it agrees far more often than always guessing "no default" would
    assertThat(agreement).as("agreement of " + leak + " with defaulted").isGreaterThan(0.97);
    assertThat(defaultRate).as("default rate").isBetween(0.08, 0.3);
  }

  private static boolean sameFeatures(Map<String, String> a, Map<String, String> b) {
    return a.keySet().stream()
        .filter(c -> !NOT_FEATURES.contains(c))
        .allMatch(c -> a.get(c).equals(b.get(c)));
  }
}
