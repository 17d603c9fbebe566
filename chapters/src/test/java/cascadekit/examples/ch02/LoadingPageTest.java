package cascadekit.examples.ch02;

import static org.assertj.core.api.Assertions.assertThat;

import cascadekit.data.ClinicVisits;
import cascadekit.data.Datasets;
import cascadekit.report.ReportPage;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadingPageTest {
  /** The manifest's defects, as "column defect", that loading finds: the clinic outside the schema, and mojibake. */
  private static final Set<String> DETECTED = Set.of("clinic inconsistent_category", "clinic mojibake", "name mojibake");
  private static final CSVFormat HEADED = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
  private static final Map<String, Long> MANIFEST = new TreeMap<>();
  private static ReportPage page;

  @BeforeAll
  static void write(@TempDir Path dir) throws IOException {
    try (Reader in = Files.newBufferedReader(Datasets.path(ClinicVisits.MANIFEST), StandardCharsets.UTF_8)) {
      for (CSVRecord r : HEADED.parse(in)) {
        MANIFEST.merge(r.get("column") + " " + r.get("defect"), 1L, Long::sum);
      }
    }
    page = ReportPage.of(Files.readString(LoadingPage.write(Datasets.clinicVisits(), dir.resolve(LoadingPage.FILE))));
  }

  @Test
  void should_list_the_clinics_and_the_mojibake_the_manifest_lists_with_their_counts() throws IOException {
    // GIVEN the manifest's clinics written inconsistently, and its mojibake per column
    long clinics = MANIFEST.get("clinic inconsistent_category");
    String mojibake = MANIFEST.get("clinic mojibake") + MANIFEST.get("name mojibake") + " cells ("
        + MANIFEST.get("clinic mojibake") + " in clinic, " + MANIFEST.get("name mojibake") + " in name)";
    // WHEN
    List<String> items = page.verdictItems();
    // THEN
    assertThat(items).as("the verdict's quarantine finding, an error, with the manifest's count")
        .anyMatch(i -> i.startsWith("✗ ERROR clinic: rows quarantined") && i.contains(" — " + clinics + " of 3060 rows read"));
    assertThat(items).as("the verdict's mojibake finding, a warning, with the manifest's counts")
        .anyMatch(i -> i.startsWith("⚠ WARN clinic, name: mojibake") && i.contains(" — " + mojibake));
    Set<Long> quarantined = new TreeSet<>();
    page.table(LoadingPage.QUARANTINED).stream().skip(1).forEach(row -> quarantined.add(Long.parseLong(row.get(0))));
    assertThat(quarantined).as("the quarantined lines, against the manifest's clinics")
        .isEqualTo(linesOf(ids("clinic", "inconsistent_category")));
  }

  @Test
  void should_say_which_defects_of_the_manifest_loading_does_not_look_for_and_leave_them_out_of_the_verdict() {
    // GIVEN every defect of the manifest the loader does not report: its rows and columns
    Map<String, Long> rows = new TreeMap<>();
    Map<String, Set<String>> columns = new TreeMap<>();
    MANIFEST.forEach((columnAndDefect, n) -> {
      String[] parts = columnAndDefect.split(" ", 2);
      if (!DETECTED.contains(columnAndDefect)) {
        rows.merge(parts[1], n, Long::sum);
        columns.computeIfAbsent(parts[1], d -> new TreeSet<>()).add(parts[0].isEmpty() ? "(whole row)" : parts[0]);
      }
    });
    Map<String, String> expected = new TreeMap<>();
    rows.forEach((defect, n) -> expected.put(defect, n + " rows in " + columns.get(defect)));
    // WHEN the report's table is read back
    Map<String, String> listed = new TreeMap<>();
    page.table(LoadingPage.NOT_CHECKED).stream().skip(1)
        .forEach(row -> listed.put(row.get(0), row.get(1) + " rows in " + new TreeSet<>(List.of(row.get(2).split(", ")))));
    // THEN
    assertThat(listed).as("the defects the report says loading does not look for, against the manifest").isEqualTo(expected);
    assertThat(String.join("\n", page.verdictItems())).as("the verdict claims none of them")
        .doesNotContain("duplicate", "unit", "outlier", "impossible", "missing", "date");
  }

  @Test
  void should_name_every_broken_file_the_expected_errors_list_and_only_their_lines() throws IOException {
    // GIVEN the files datasets/encodings/expected-errors.csv lists as broken, with their lines
    Map<String, Set<String>> expected = new TreeMap<>();
    try (Reader in = Files.newBufferedReader(Datasets.path("encodings/expected-errors.csv"), StandardCharsets.UTF_8)) {
      for (CSVRecord r : HEADED.parse(in)) {
        expected.computeIfAbsent(r.get("file"), f -> new TreeSet<>()).add(r.get("error").startsWith("none") ? "none" : r.get("line"));
      }
    }
    // WHEN
    String verdict = String.join("\n", page.verdictItems());
    // THEN
    expected.forEach((file, lines) -> {
      assertThat(verdict.contains(" " + file + ": ")).as("the verdict names %s, whose expected error lines are %s", file, lines)
          .isEqualTo(!lines.contains("none"));
      Matcher at = Pattern.compile(Pattern.quote(file) + ": rows quarantined[^\n]*; lines ([\\d, ]+)").matcher(verdict);
      if (at.find()) {
        assertThat(Set.of(at.group(1).split(", "))).as("the lines quarantined in %s", file).isEqualTo(lines);
        assertThat(page.html()).as("the chart's bar of the rows quarantined in %s", file)
            .contains("<title>quarantined, " + file.substring(file.lastIndexOf('/') + 1) + ": " + lines.size() + "</title>");
      }
    });
  }

  @Test
  void should_open_with_the_verdict_and_add_kept_and_quarantined_up_to_the_rows_read() {
    // WHEN
    long parts = 0;
    long read = -1;
    for (List<String> row : page.table(LoadingPage.COUNTS).subList(1, page.table(LoadingPage.COUNTS).size())) {
      long count = Long.parseLong(row.get(2));
      read = row.get(0).equals("read") ? count : read;
      parts += row.get(0).equals("read") ? 0 : count;
    }
    // THEN
    assertThat(parts).as("kept + quarantined per reason").isEqualTo(read).isEqualTo(3060);
    page.assertReadable();
  }

  private static Set<String> ids(String column, String defect) throws IOException {
    Set<String> ids = new TreeSet<>();
    try (Reader in = Files.newBufferedReader(Datasets.path(ClinicVisits.MANIFEST), StandardCharsets.UTF_8)) {
      for (CSVRecord r : HEADED.parse(in)) {
        if (r.get("column").equals(column) && r.get("defect").equals(defect)) {
          ids.add(r.get("row_id"));
        }
      }
    }
    return ids;
  }

  /** Returns the line each record of visits.csv starts on, for the visits in {@code ids}. */
  private static Set<Long> linesOf(Set<String> ids) throws IOException {
    Set<Long> lines = new TreeSet<>();
    try (CSVParser parser = HEADED.parse(Files.newBufferedReader(Datasets.path(ClinicVisits.FILE), StandardCharsets.UTF_8))) {
      long start = parser.getCurrentLineNumber() + 1;
      for (CSVRecord r : parser) {
        if (ids.contains(r.get("visit_id"))) {
          lines.add(start);
        }
        start = parser.getCurrentLineNumber() + 1;
      }
    }
    return lines;
  }
}
