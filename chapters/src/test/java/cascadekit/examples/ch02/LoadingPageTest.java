package cascadekit.examples.ch02;

import static org.assertj.core.api.Assertions.assertThat;

import cascadekit.data.ClinicVisits;
import cascadekit.data.Datasets;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadingPageTest {
  private static final CSVFormat HEADED = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();

  @Test
  void should_open_with_a_verdict_that_names_the_lines_of_the_clinics_the_manifest_lists(@TempDir Path dir) throws IOException {
    // GIVEN: the visits whose clinic the manifest lists as written inconsistently, by line
    Set<Long> expected = linesOf(manifestIds("clinic", "inconsistent_category"));
    // WHEN
    String html = Files.readString(LoadingPage.write(Datasets.clinicVisits(), dir.resolve("02-loading.html")));
    // THEN
    String verdict = html.substring(html.indexOf("<section class=\"verdict\""), html.indexOf("</section>"));
    assertThat(html.indexOf("<section class=\"verdict\"")).as("the verdict comes before any other section")
        .isLessThan(html.indexOf("<h2>Read"));
    assertThat(verdict).as("the verdict's headline").contains("✗ clinic-visits/visits.csv: " + expected.size() + " of 3,060 rows quarantined");
    Matcher lines = Pattern.compile("visits\\.csv: [^<]*lines ([\\d, ]+)").matcher(verdict);
    Set<Long> listed = new TreeSet<>();
    while (lines.find()) {
      Pattern.compile("\\d+").matcher(lines.group(1)).results().forEach(m -> listed.add(Long.parseLong(m.group())));
    }
    assertThat(listed).as("the lines the verdict lists, against the manifest").isEqualTo(expected);
  }

  @Test
  void should_add_kept_and_quarantined_rows_up_to_the_rows_read_offline(@TempDir Path dir) throws IOException {
    // WHEN
    String html = Files.readString(LoadingPage.write(Datasets.clinicVisits(), dir.resolve("02-loading.html")));
    // THEN
    Matcher row = Pattern.compile("<tr><td[^>]*>(kept|✗ quarantined|read)</td><td[^>]*>[^<]*</td><td[^>]*>(\\d+)</td></tr>")
        .matcher(html);
    long parts = 0;
    long read = -1;
    while (row.find()) {
      long count = Long.parseLong(row.group(2));
      if (row.group(1).equals("read")) {
        read = count;
      } else {
        parts += count;
      }
    }
    assertThat(parts).as("kept + quarantined per reason").isEqualTo(read).isEqualTo(3060);
    assertThat(html).as("an offline page").doesNotContain("<script").doesNotContain("http").contains("@media print");
  }

  @Test
  void should_name_every_broken_file_the_expected_errors_list_and_only_their_lines(@TempDir Path dir) throws IOException {
    // GIVEN: the files datasets/encodings/expected-errors.csv lists as broken, with their lines
    Map<String, Set<String>> expected = new TreeMap<>();
    try (Reader in = Files.newBufferedReader(Datasets.path("encodings/expected-errors.csv"), StandardCharsets.UTF_8)) {
      for (CSVRecord r : HEADED.parse(in)) {
        expected.computeIfAbsent(r.get("file"), f -> new TreeSet<>()).add(r.get("error").startsWith("none") ? "none" : r.get("line"));
      }
    }
    // WHEN
    String html = Files.readString(LoadingPage.write(Datasets.clinicVisits(), dir.resolve("02-loading.html")));
    String verdict = html.substring(html.indexOf("<section class=\"verdict\""), html.indexOf("</section>"));
    // THEN
    expected.forEach((file, lines) -> {
      boolean named = verdict.contains("<li>" + file + ": ");
      assertThat(named).as("the verdict names %s, whose expected error lines are %s", file, lines).isEqualTo(!lines.contains("none"));
      Matcher at = Pattern.compile(Pattern.quote(file) + ": \\d+ rows quarantined at lines ([\\d, ]+)").matcher(verdict);
      if (at.find()) {
        assertThat(Set.of(at.group(1).split(", "))).as("the lines quarantined in %s", file).isEqualTo(lines);
      }
    });
  }

  private static Set<String> manifestIds(String column, String defect) throws IOException {
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
