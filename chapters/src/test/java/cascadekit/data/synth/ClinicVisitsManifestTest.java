package cascadekit.data.synth;

import static org.assertj.core.api.Assertions.assertThat;

import cascadekit.data.CsvTestFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Re-derives every defect of {@code clinic-visits} from the data alone (dirty file against the
 * clean one, by rules stated in its datasheet) and compares with the manifest.
 */
class ClinicVisitsManifestTest {
  private static final List<String> COLUMNS =
      List.of(
          "patient_id",
          "name",
          "visit_date",
          "age",
          "height_cm",
          "weight_kg",
          "sex",
          "diagnosis_code",
          "clinic",
          "notes");
  private final List<Map<String, String>> dirty = CsvTestFiles.rows("clinic-visits/visits.csv");
  private final Map<String, Map<String, String>> clean =
      CsvTestFiles.rows("clinic-visits/visits_clean.csv").stream()
          .collect(Collectors.toMap(row -> row.get("visit_id"), Function.identity()));
  private final List<Map<String, String>> manifest =
      CsvTestFiles.rows("clinic-visits/manifest.csv");

  @Test
  void should_find_exactly_the_manifest_defects_in_the_data() {
    // GIVEN the dirty and the clean visits
    List<String> found = new ArrayList<>();
    // WHEN every cell that differs, and every row the clean file lacks, is explained
    for (Map<String, String> row : dirty) {
      String id = row.get("visit_id");
      Map<String, String> truth = clean.get(id);
      if (truth == null) {
        found.add(Manifests.entry(id, "", duplicateKind(row), original(row).get("visit_id")));
        continue;
      }
      for (String column : COLUMNS) {
        if (!row.get(column).equals(truth.get(column))) {
          String kind = ClinicDefectRules.explain(column, row.get(column), truth.get(column));
          found.add(Manifests.entry(id, column, kind, truth.get(column)));
        }
      }
    }
    // THEN the explanations are exactly the manifest's rows
    List<String> listed = manifest.stream().map(Manifests::entry).toList();
    assertThat(found)
        .as("defects re-derived from the data")
        .containsExactlyInAnyOrderElementsOf(listed);
  }

  @Test
  void should_hold_the_documented_count_of_each_defect_kind() {
    // GIVEN the manifest
    // WHEN its rows are counted by kind
    Map<String, Long> counts =
        manifest.stream()
            .collect(Collectors.groupingBy(m -> m.get("defect"), Collectors.counting()));
    // THEN the counts are those the datasheet states
    assertThat(counts)
        .containsAllEntriesOf(
            Map.of(
                "missing_empty",
                40L,
                "missing_na",
                40L,
                "missing_sentinel",
                30L,
                "missing_unknown",
                30L,
                "unit_height_m",
                60L,
                "unit_weight_lb",
                60L,
                "outlier",
                15L,
                "impossible_value",
                12L,
                "date_format",
                90L,
                "inconsistent_category",
                230L))
        .containsAllEntriesOf(
            Map.of(
                "mojibake",
                80L,
                "exact_duplicate",
                30L,
                "near_duplicate_case",
                10L,
                "near_duplicate_whitespace",
                10L,
                "near_duplicate_typo",
                10L))
        .hasSize(15);
    assertThat(dirty).hasSize(3060);
    assertThat(clean).hasSize(3000);
  }

  private String duplicateKind(Map<String, String> copy) {
    String name = copy.get("name");
    String original = original(copy).get("name");
    if (name.equals(original)) {
      return "exact_duplicate";
    } else if (name.equalsIgnoreCase(original)) {
      return "near_duplicate_case";
    } else if (name.strip().replaceAll("\\s+", " ").equals(original)) {
      return "near_duplicate_whitespace";
    }
    return sortedLetters(name).equals(sortedLetters(original)) ? "near_duplicate_typo" : "?";
  }

  /** Returns the visit a duplicate copies: same patient and date, and no other column differs. */
  private Map<String, String> original(Map<String, String> copy) {
    Set<String> sameBesidesName = Set.copyOf(COLUMNS.subList(2, COLUMNS.size()));
    return clean.values().stream()
        .filter(row -> row.get("patient_id").equals(copy.get("patient_id")))
        .filter(row -> sameBesidesName.stream().allMatch(c -> row.get(c).equals(copy.get(c))))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no original for " + copy.get("visit_id")));
  }

  private static String sortedLetters(String text) {
    return text.chars()
        .sorted()
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
  }
}
