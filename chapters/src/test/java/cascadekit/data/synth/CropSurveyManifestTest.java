package cascadekit.data.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Re-derives the cell defects and duplicates of {@code crop-survey} from its files: every cell of a
 * true visit that differs from {@code truth.csv} is in the manifest with its true value, each bad
 * value is of its kind, and the kinds are as many as the datasheet says.
 */
class CropSurveyManifestTest {
  /**
   * The documented count of each kind, as {@code datasets/crop-survey/datasheet-answers.md} lists
   * them.
   */
  static final Map<String, Long> COUNTS =
      new TreeMap<>(
          Map.ofEntries(
              Map.entry("date_format", 655L),
              Map.entry("encoding_windows_1252", 972L),
              Map.entry("exact_duplicate", 40L),
              Map.entry("near_duplicate", 40L),
              Map.entry("feature_drift", 1L),
              Map.entry("gps_outside_region", 12L),
              Map.entry("impossible_negative_area", 10L),
              Map.entry("impossible_yield", 10L),
              Map.entry("inconsistent_district", 60L),
              Map.entry("inconsistent_variety", 60L),
              Map.entry("missing_empty", 40L),
              Map.entry("missing_na", 40L),
              Map.entry("missing_not_applicable", 30L),
              Map.entry("missing_sentinel", 30L),
              Map.entry("mojibake", 40L),
              Map.entry("repeated_plot", 1403L),
              Map.entry("semicolon_delimiter", 1L),
              Map.entry("stale_device", 84L),
              Map.entry("target_leak", 1L),
              Map.entry("unit_acre", 120L),
              Map.entry("unit_bag", 120L),
              Map.entry("volume_drop", 1L)));

  private static final List<String> UNIT_COLUMNS = List.of("area_unit", "yield_unit");

  private final Map<String, Map<String, String>> truth =
      CropSurveyFiles.byId("truth.csv", "visit_id");
  private final List<String> manifest = CropSurveyFiles.manifest("manifest.csv");
  private final CropDefectRules rules = new CropDefectRules(truth);

  @Test
  void should_find_every_changed_cell_of_a_true_visit_in_the_manifest_with_its_true_value() {
    // GIVEN the manifest's cell entries as row|column|clean value, keyed to their kind
    Map<String, String> kindOf =
        manifest.stream()
            .map(e -> e.split("\\|", -1))
            .filter(e -> truth.containsKey(e[0]) && !e[2].equals("repeated_plot"))
            .collect(Collectors.toMap(e -> e[0] + "|" + e[1] + "|" + e[3], e -> e[2]));
    List<String> found = new ArrayList<>();
    SoftAssertions softly = new SoftAssertions();
    for (String file : CropSurveyGenerator.FILES) {
      List<Map<String, String>> asWritten = CropSurveyFiles.visits(file, Mojibake.WINDOWS_1252);
      List<Map<String, String>> asUtf8 = CropSurveyFiles.visits(file, StandardCharsets.UTF_8);
      for (int r = 0; r < asWritten.size(); r++) {
        Map<String, String> raw = asWritten.get(r);
        Map<String, String> clean = truth.get(raw.get("visit_id"));
        if (clean == null) {
          continue;
        }
        // WHEN each cell is compared with the truth, as written and as UTF-8 would decode it
        for (String column : raw.keySet()) {
          String cell = column + " of " + raw.get("visit_id");
          String key = raw.get("visit_id") + "|" + column + "|" + clean.get(column);
          boolean misread = !asUtf8.get(r).get(column).equals(clean.get(column));
          if (!raw.get(column).equals(clean.get(column)) && !UNIT_COLUMNS.contains(column)) {
            found.add(key);
            // THEN the bad value is of the manifest's kind
            softly
                .assertThat(rules.ofKind(kindOf.get(key), raw, column, clean.get(column)))
                .as(cell + " is " + kindOf.get(key))
                .isTrue();
          } else if (misread && !UNIT_COLUMNS.contains(column)) {
            found.add(key);
            softly
                .assertThat(kindOf.get(key))
                .as(cell + " when read as UTF-8")
                .isEqualTo("encoding_windows_1252");
          }
        }
      }
    }
    // AND every cell entry of the manifest was found, and no other
    softly.assertAll();
    CropSurveyFiles.assertSameEntries("manifest.csv (cells)", found, List.copyOf(kindOf.keySet()));
  }

  @Test
  void should_find_exactly_the_manifest_duplicates_and_repeated_plots_in_the_data() {
    // GIVEN every raw visit by id, and the truth in time order
    Map<String, Map<String, String>> raw = new TreeMap<>();
    CropSurveyGenerator.FILES.forEach(
        f ->
            CropSurveyFiles.visits(f, Mojibake.WINDOWS_1252)
                .forEach(v -> raw.put(v.get("visit_id"), v)));
    List<String> found = new ArrayList<>();
    // WHEN each visit not in the truth is matched to a true visit of the same plot, enumerator and
    // day
    for (Map<String, String> copy : raw.values()) {
      if (!truth.containsKey(copy.get("visit_id"))) {
        Map<String, String> original =
            raw.values().stream()
                .filter(v -> truth.containsKey(v.get("visit_id")))
                .filter(v -> sameVisit(v, copy))
                .findFirst()
                .orElseThrow();
        boolean exact = differing(original, copy).equals(List.of("visit_id"));
        found.add(
            Manifests.entry(
                copy.get("visit_id"),
                "",
                exact ? "exact_duplicate" : "near_duplicate",
                original.get("visit_id")));
      }
    }
    Map<String, String> firstVisit = new TreeMap<>();
    truth
        .values()
        .forEach(
            v -> {
              String first = firstVisit.putIfAbsent(v.get("plot_id"), v.get("visit_id"));
              if (first != null) {
                found.add(Manifests.entry(v.get("visit_id"), "plot_id", "repeated_plot", first));
              }
            });
    // THEN they are exactly the manifest's
    CropSurveyFiles.assertSameEntries(
        "manifest.csv (duplicates, repeated plots)",
        found,
        manifest.stream()
            .filter(
                e ->
                    e.matches(
                        "[^|]*\\|[^|]*\\|(exact_duplicate|near_duplicate|repeated_plot)\\|.*"))
            .toList());
  }

  @Test
  void should_count_each_kind_as_the_datasheet_documents() {
    // GIVEN the manifest
    // WHEN its entries are counted by kind
    Map<String, Long> counts =
        manifest.stream()
            .collect(
                Collectors.groupingBy(
                    e -> e.split("\\|", -1)[2], TreeMap::new, Collectors.counting()));
    // THEN the counts are the documented ones
    assertThat(counts).as("entries per defect in crop-survey/manifest.csv").isEqualTo(COUNTS);
  }

  /**
   * Returns whether a near duplicate could be {@code copy} of {@code v}: same plot, enumerator,
   * day, within 3% yield.
   */
  private static boolean sameVisit(Map<String, String> v, Map<String, String> copy) {
    List<String> differ = differing(v, copy);
    return List.of("visit_id", "visited_at", "yield").containsAll(differ)
        && v.get("visited_at").substring(0, 10).equals(copy.get("visited_at").substring(0, 10))
        && v.get("visited_at").compareTo(copy.get("visited_at")) <= 0
        && (!differ.contains("yield") || closeYield(v.get("yield"), copy.get("yield")));
  }

  private static boolean closeYield(String original, String copy) {
    double kg = Double.parseDouble(original);
    return Math.abs(Double.parseDouble(copy) - kg) <= Math.max(1, 0.031 * kg);
  }

  private static List<String> differing(Map<String, String> a, Map<String, String> b) {
    return a.keySet().stream().filter(c -> !a.get(c).equals(b.get(c))).toList();
  }
}
