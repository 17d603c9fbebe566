package cascadekit.examples.ch03;

import static org.assertj.core.api.Assertions.assertThat;

import cascadekit.check.Level;
import cascadekit.data.Datasets;
import cascadekit.load.Loaded;
import cascadekit.profile.Profiler;
import cascadekit.report.Verdict;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Row;

class HealthVerdictTest {
  /** The manifest's defects the chapter's rules target, by column: what each rule should catch. */
  private static final Map<String, String> DETECTED = Map.of("age", "impossible_value", "height_cm", "unit_height_m",
      "weight_kg", "outlier", "sex", "inconsistent_category");

  private static Loaded visits;
  private static List<Verdict.Item> items;

  @BeforeAll
  static void load() {
    visits = Datasets.clinicVisits();
    items = HealthVerdict.of(visits, Profiler.profile(visits.table()), "visits");
  }

  @Test
  void should_flag_every_injected_defect_the_rules_target_with_the_manifests_count() {
    // GIVEN the manifest's count of each targeted defect
    Map<String, Long> expected = new TreeMap<>();
    for (Row row : Datasets.clinicVisitsManifest().table()) {
      if (row.getString("defect").equals(DETECTED.get(row.getString("column")))) {
        expected.merge(row.getString("column"), 1L, Long::sum);
      }
    }
    // WHEN the verdict's rule findings are counted
    Map<String, Long> found = items.stream().filter(i -> i.what().endsWith(" fails"))
        .collect(Collectors.toMap(Verdict.Item::where, i -> leadingNumber(i.howBad()), (a, b) -> a, TreeMap::new));
    // THEN
    assertThat(found).as("rows flagged per column, verdict vs manifest").isEqualTo(expected);
  }

  @Test
  void should_rank_impossible_values_as_errors_and_report_the_quarantine_and_low_completeness() {
    // THEN
    assertThat(items).as("impossible values are errors")
        .filteredOn(i -> List.of("age", "height_cm", "weight_kg").contains(i.where()))
        .extracting(Verdict.Item::level).containsOnly(Level.ERROR).hasSize(3);
    assertThat(items).as("the impossible age and the heights in metres, as the profile saw them")
        .anyMatch(i -> i.where().equals("age") && i.howBad().endsWith("to 909"))
        .anyMatch(i -> i.where().equals("height_cm") && i.howBad().contains("values 1.49 to"));
    long quarantined = visits.result().rowsRead() - visits.result().kept().size();
    assertThat(items).as("the quarantined rows, counted as read - kept")
        .anyMatch(i -> i.anchor().equals(HealthVerdict.QUARANTINE) && leadingNumber(i.howBad()) == quarantined);
    assertThat(items).as("notes, the one column under 0.95 complete")
        .anyMatch(i -> i.where().equals("notes") && i.what().startsWith("completeness under"));
  }

  @Test
  void should_open_the_report_with_the_verdict_and_mark_every_alert_with_a_symbol() throws Exception {
    // WHEN
    String path = HealthPage.write(visits, Profiler.profile(visits.table()), Datasets.penguinsRaw().table(),
        Profiler.profile(Datasets.penguinsRaw().table()));
    String html = Files.readString(Datasets.root().resolve(path));
    // THEN
    assertThat(html.indexOf("<h2")).as("the first section is the verdict")
        .isGreaterThan(html.indexOf("<section id=\"verdict\">")).isPositive();
    assertThat(html.split("<td class=\"alert\"", -1)).as("alert cells").hasSizeGreaterThan(1);
    Matcher alert = Pattern.compile("<td class=\"alert\"[^>]*>([^<]*)</td>").matcher(html);
    while (alert.find()) {
      assertThat(alert.group(1)).as("an alert cell says so in text, not in colour alone").startsWith("✗");
    }
    assertThat(html).as("offline").doesNotContain("<script", " src=", "href=\"http", "url(", "@import")
        .contains("<a href=\"#quarantined-rows-of-clinic-visits-visits-csv\">");
  }

  private static long leadingNumber(String text) {
    return Long.parseLong(text.replaceAll("^(\\d+).*$", "$1"));
  }
}
