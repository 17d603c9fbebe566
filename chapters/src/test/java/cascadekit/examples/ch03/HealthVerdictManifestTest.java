package cascadekit.examples.ch03;

import static org.assertj.core.api.Assertions.assertThat;

import cascadekit.check.ConstraintResult;
import cascadekit.data.Datasets;
import cascadekit.load.Loaded;
import cascadekit.load.QuarantinedRow;
import cascadekit.profile.Profiler;
import cascadekit.report.Verdict;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Row;

/** Holds the health verdict against clinic-visits' manifest: every defect kind its checks see is in it, with a count. */
class HealthVerdictManifestTest {
  /** The manifest's kinds (defect|column) no check of chapter 03 flags a single row of, and why. */
  private static final Set<String> NOT_FLAGGED = Set.of(
      // missing values: each column stays over 0.95 complete, so the completeness threshold passes it
      "missing_empty|age", "missing_empty|height_cm", "missing_empty|weight_kg", "missing_empty|sex",
      "missing_empty|diagnosis_code", "missing_na|age", "missing_na|height_cm", "missing_na|weight_kg", "missing_na|sex",
      "missing_na|diagnosis_code", "missing_sentinel|age", "missing_sentinel|height_cm", "missing_sentinel|weight_kg",
      "missing_unknown|sex", "missing_unknown|diagnosis_code",
      // chapter 02's loader reads every date format as the true date: nothing is left to profile
      "date_format|visit_date",
      // chapter 02's loader repairs mojibake: the profile sees the true text
      "mojibake|name", "mojibake|clinic",
      // a copy under a new id is a row like any other: no column profile sees it (chapter 04 does, by content)
      "exact_duplicate|", "near_duplicate_case|", "near_duplicate_whitespace|", "near_duplicate_typo|");

  private static Loaded visits;
  private static List<Verdict.Item> items;
  private static Map<String, Set<String>> flagged;
  private static Map<String, Set<String>> injected;

  @BeforeAll
  static void run() {
    visits = Datasets.clinicVisits();
    items = HealthVerdict.of(visits, Profiler.profile(visits.table()), "visits");
    Map<String, Set<String>> byColumn = new HashMap<>();
    for (ConstraintResult failed : HealthVerdict.rules(visits.table()).failures()) {
      byColumn.computeIfAbsent(HealthVerdict.column(failed), c -> new HashSet<>()).addAll(failed.failingIds());
    }
    Set<String> kept = new HashSet<>(visits.table().stringColumn("visit_id").asList());
    Set<String> quarantinedFor = visits.result().quarantined().stream().map(QuarantinedRow::column).collect(Collectors.toSet());
    flagged = new TreeMap<>();
    injected = new TreeMap<>();
    for (Row entry : Datasets.clinicVisitsManifest().table()) {
      String column = entry.getString("column");
      String kind = entry.getString("defect") + "|" + column;
      String id = entry.getString("row_id");
      injected.computeIfAbsent(kind, k -> new TreeSet<>()).add(id);
      boolean seen = byColumn.getOrDefault(column, Set.of()).contains(id) || !kept.contains(id) && quarantinedFor.contains(column);
      flagged.computeIfAbsent(kind, k -> new TreeSet<>());
      if (seen) {
        flagged.get(kind).add(id);
      }
    }
  }

  @Test
  void should_name_each_defect_kind_the_checks_flag_with_a_count_that_covers_its_rows() {
    // WHEN / THEN
    flagged.forEach((kind, rows) -> {
      if (!rows.isEmpty()) {
        String column = kind.substring(kind.indexOf('|') + 1);
        List<Verdict.Item> naming = items.stream()
            .filter(i -> Arrays.asList(i.where().split(", ")).contains(column)).toList();
        long counted = naming.stream().mapToLong(i -> leadingNumber(i.howBad())).sum();
        assertThat(counted).as("rows the verdict counts for %s, which holds %s flagged of %s injected (items: %s)",
            column, rows.size(), injected.get(kind).size(), naming).isGreaterThanOrEqualTo(rows.size());
      }
    });
  }

  @Test
  void should_see_exactly_the_kinds_not_listed_as_unflagged() {
    // WHEN
    Set<String> unflagged = flagged.entrySet().stream().filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey)
        .collect(Collectors.toCollection(TreeSet::new));
    // THEN
    assertThat(unflagged).as("kinds no check flags a row of").isEqualTo(new TreeSet<>(NOT_FLAGGED));
    assertThat(flagged.get("unit_weight_lb|weight_kg")).as("weights in pounds flagged, of 60: 55 by the body-mass index, 1 over 250 kg")
        .hasSize(56);
  }

  @Test
  void should_tell_the_reader_which_defects_it_does_not_flag() {
    // WHEN
    Unflagged said = Unflagged.of(Datasets.clinicVisitsManifest().table(), visits, HealthVerdict.rules(visits.table()));
    // THEN
    Set<String> defects = NOT_FLAGGED.stream().map(k -> k.substring(0, k.indexOf('|'))).collect(Collectors.toSet());
    assertThat(said.missing()).as("missing kinds under the paragraph")
        .allMatch(s -> defects.contains(s.substring(0, s.indexOf(' ')))).hasSize(4);
    assertThat(said.unseen()).as("kinds profiling cannot see").containsExactlyInAnyOrder(
        "date_format in visit_date (90 rows)", "mojibake in clinic, name (80 rows)", "exact_duplicate (30 rows)",
        "near_duplicate_case (10 rows)", "near_duplicate_whitespace (10 rows)", "near_duplicate_typo (10 rows)");
  }

  private static long leadingNumber(String text) {
    return Long.parseLong(text.replaceAll("^(\\d+).*$", "$1"));
  }
}
