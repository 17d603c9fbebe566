package cascadekit.examples.ch04;

import static org.assertj.core.api.Assertions.assertThat;

import cascadekit.data.ClinicVisits;
import cascadekit.data.Datasets;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CleaningPageTest {
  /** The steps that fix one kind of defect, and that kind as the manifest names it. */
  private static final Map<String, String> DEFECT_OF_STEP = Map.of("loader-mojibake", "mojibake", "exact-duplicates",
      "exact_duplicate", "height-metres", "unit_height_m", "weight-pounds", "unit_weight_lb", "weight-outliers", "outlier",
      "age-domain", "impossible_value");
  private static final Pattern STEP_ROW = Pattern.compile(
      "<tr><td[^>]*>([\\w-]+)</td><td[^>]*>[^<]*</td><td[^>]*>\\d+</td><td[^>]*>(\\d+)</td><td[^>]*>(\\d+)</td><td[^>]*>(\\d+)</td>");
  private static CleaningRun run;
  private static String html;

  @BeforeAll
  static void write(@TempDir Path dir) throws IOException {
    run = CleaningPipeline.run();
    html = Files.readString(CleaningPage.write(run, dir.resolve("04-cleaning.html")));
  }

  @Test
  void should_list_each_step_with_the_defects_the_manifest_lists_and_name_every_step_that_changed_more() throws IOException {
    // GIVEN: the manifest's count of each kind of defect
    Map<String, Integer> listed = new HashMap<>();
    try (Reader in = Files.newBufferedReader(Datasets.path(ClinicVisits.MANIFEST), StandardCharsets.UTF_8)) {
      for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
        listed.merge(r.get("defect"), 1, Integer::sum);
      }
    }
    // WHEN
    String verdict = html.substring(html.indexOf("<section class=\"verdict\""), html.indexOf("</section>"));
    // THEN
    Matcher row = STEP_ROW.matcher(html);
    int checked = 0;
    while (row.find()) {
      String defect = DEFECT_OF_STEP.get(row.group(1));
      if (defect != null) {
        checked++;
        assertThat(Integer.parseInt(row.group(4))).as("listed defects of step %s: the manifest's %s", row.group(1), defect)
            .isEqualTo(listed.get(defect));
        boolean exact = Integer.parseInt(row.group(3)) == listed.get(defect);
        assertThat(verdict.contains("step " + row.group(1) + " ")).as("the verdict names step %s, which changed %s cells"
            + " for %d listed %s defects", row.group(1), row.group(3), listed.get(defect), defect).isEqualTo(!exact);
      }
    }
    assertThat(checked).as("steps checked against the manifest").isEqualTo(DEFECT_OF_STEP.size());
  }

  @Test
  void should_open_with_the_verdict_and_count_every_audit_entry_once_offline() {
    // WHEN
    Matcher row = STEP_ROW.matcher(html);
    long entries = 0;
    while (row.find()) {
      entries += Long.parseLong(row.group(2));
    }
    // THEN
    assertThat(html.indexOf("<section class=\"verdict\"")).as("the verdict comes before any other section")
        .isGreaterThan(0).isLessThan(html.indexOf("<h2>Each step"));
    assertThat(entries).as("audit entries over the steps").isEqualTo(run.log().entries().size());
    assertThat(html).as("an offline page").doesNotContain("<script").doesNotContain("http").contains("@media print");
    long low = run.steps().stream().mapToLong(s -> (s.score().precision() < 1 ? 1 : 0) + (s.score().recall() < 1 ? 1 : 0)).sum();
    assertThat(Pattern.compile("<td class=\"alert\" title=\"✗ 0\\.\\d{3}\">").matcher(html).results().count())
        .as("scores under 1 marked with a symbol, not colour alone").isEqualTo(low).isPositive();
  }
}
