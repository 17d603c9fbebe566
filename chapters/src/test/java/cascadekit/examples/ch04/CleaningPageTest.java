package cascadekit.examples.ch04;

import static org.assertj.core.api.Assertions.assertThat;

import cascadekit.data.ClinicVisits;
import cascadekit.data.Datasets;
import cascadekit.report.ReportPage;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CleaningPageTest {
  private static final List<CSVRecord> MANIFEST = new ArrayList<>();
  private static CleaningRun run;
  private static ReportPage page;

  @BeforeAll
  static void write(@TempDir Path dir) throws IOException {
    try (Reader in = Files.newBufferedReader(Datasets.path(ClinicVisits.MANIFEST), StandardCharsets.UTF_8)) {
      CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).forEach(MANIFEST::add);
    }
    run = CleaningPipeline.run();
    page = ReportPage.of(Files.readString(CleaningPage.write(run, dir.resolve(CleaningPage.FILE))));
  }

  @Test
  void should_list_every_step_with_the_count_of_defects_the_manifest_lists_for_it() {
    for (StepRecorder.StepReport step : run.steps()) {
      // GIVEN the manifest's defects in the step's columns, of the kinds it is scored on
      long listed = MANIFEST.stream().filter(r -> step.columns().contains(r.get("column")) && step.defects().contains(r.get("defect")))
          .count();
      // THEN
      assertThat(page.verdictItems()).as("the verdict's finding for rule %s, with the manifest's %d defects", step.rule(), listed)
          .anyMatch(i -> i.contains(" cells changed, " + listed + " listed in the manifest") && i.endsWith("; rule " + step.rule()));
    }
    Set<String> scored = new TreeSet<>();
    run.steps().forEach(s -> scored.addAll(s.defects()));
    String verdict = String.join("\n", page.verdictItems());
    assertThat(scored).as("every kind of defect the steps fix, named in the verdict").allMatch(verdict::contains);
  }

  @Test
  void should_chart_each_step_s_cells_changed_beside_the_defects_the_manifest_lists_for_it() {
    for (StepRecorder.StepReport step : run.steps()) {
      // GIVEN the manifest's defects in the step's columns, of the kinds it is scored on
      long listed = MANIFEST.stream().filter(r -> step.columns().contains(r.get("column")) && step.defects().contains(r.get("defect")))
          .count();
      // THEN
      assertThat(page.html()).as("the chart's bars of rule %s", step.rule())
          .contains("<title>listed defects, " + step.rule() + ": " + listed + "</title>")
          .contains("<title>cells changed, " + step.rule() + ": " + step.score().flagged() + "</title>");
    }
  }

  @Test
  void should_rank_a_step_that_changed_a_value_no_defect_or_missed_one_as_an_error() {
    // GIVEN
    Set<String> inexact = new TreeSet<>();
    run.steps().stream().filter(s -> s.score().precision() < 1 || s.score().recall() < 1).forEach(s -> inexact.add(s.rule()));
    // WHEN
    Set<String> errors = new TreeSet<>();
    page.verdictItems().stream().filter(i -> i.startsWith("✗ ERROR")).forEach(i -> errors.add(i.replaceAll("^.*; rule ", "")));
    // THEN
    assertThat(errors).as("rules with precision or recall under 1, errors in the verdict").isEqualTo(inexact).isNotEmpty();
  }

  @Test
  void should_say_which_defects_no_step_fixes_and_leave_them_out_of_the_verdict() {
    // GIVEN the manifest's defects in a column no step is scored on for them
    Set<String> unscored = new TreeSet<>();
    MANIFEST.stream().filter(r -> run.steps().stream()
        .noneMatch(s -> s.columns().contains(r.get("column")) && s.defects().contains(r.get("defect"))))
        .forEach(r -> unscored.add(r.get("defect") + " in " + (r.get("column").isEmpty() ? "(whole row)" : r.get("column"))));
    // WHEN
    Set<String> listed = new TreeSet<>();
    page.table(CleaningPage.NOT_SCORED).stream().skip(1)
        .forEach(row -> List.of(row.get(2).split(", ")).forEach(column -> listed.add(row.get(0) + " in " + column)));
    // THEN
    assertThat(listed).as("the defects the report says no step fixes").isEqualTo(unscored).contains("date_format in visit_date");
    assertThat(String.join("\n", page.verdictItems())).as("the verdict claims none of them").doesNotContain("date_format");
  }

  @Test
  void should_open_with_the_verdict_and_count_every_audit_entry_once() {
    // WHEN
    long entries = page.table(CleaningPage.STEPS).stream().skip(1).mapToLong(row -> Long.parseLong(row.get(1))).sum();
    // THEN
    assertThat(entries).as("audit entries over the steps").isEqualTo(run.log().entries().size());
    page.assertReadable();
    assertThat(page.html().split("<td class=\"alert[^\"]*\"[^>]*>✗ 0\\.\\d{3}</td>", -1))
        .as("scores under 1 marked with a symbol, not colour alone").hasSizeGreaterThan(1);
  }
}
