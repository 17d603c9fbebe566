package cascadekit.examples.ch06;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cascadekit.check.ConstraintResult;
import cascadekit.report.ReportPage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidationExampleTest {
  private static final ValidationRun RUN = ValidationRun.of();

  @Test
  void should_fail_the_delivered_visits_and_pass_the_true_ones() {
    // WHEN / THEN
    assertThat(RUN.raw().passed()).as("suite on visits.csv as delivered").isFalse();
    assertThat(RUN.raw().errorCount()).as("failed error constraints on visits.csv").isEqualTo(7);
    assertThat(RUN.truth().failures()).as("failed constraints on visits_clean.csv").isEmpty();
    assertThat(RUN.batch().passed()).as("suite on the 2023 batch as delivered").isFalse();
  }

  @Test
  void should_catch_every_defect_that_reaches_the_suite_still_wrong() {
    // WHEN
    List<ManifestMatch.Kind> kinds = RUN.match().kinds();
    // THEN every altered row is flagged, and only quarantine or the loader's repairs hide the rest
    assertThat(kinds).as("defect kinds of the datasheet").hasSize(18);
    assertThat(kinds).allSatisfy(k -> assertThat(k.caught()).as("%s in %s caught", k.defect(), k.column())
        .isEqualTo(k.reached() - k.restored()));
    assertThat(kinds.stream().mapToInt(ManifestMatch.Kind::injected).sum()).as("manifest entries").isEqualTo(747);
    assertThat(kinds.stream().mapToInt(ManifestMatch.Kind::caught).sum()).as("rows caught").isEqualTo(534);
    assertThat(RUN.match().unlisted()).as("flagged rows the manifest does not list: the duplicated visits' first entries")
        .isEqualTo(RUN.match().originals())
        .hasSize(60);
  }

  @Test
  void should_keep_as_many_failing_ids_as_the_run_counts() {
    // WHEN
    List<ConstraintResult> failures = RUN.raw().failures();
    // THEN
    for (ConstraintResult r : failures) {
      assertThat((long) Set.copyOf(r.failingIds()).size()).as("distinct ids kept for '%s'", r.constraint()).isEqualTo(r.failingCount());
    }
  }

  @Test
  void should_write_a_report_that_opens_with_the_verdict(@TempDir Path folder) throws Exception {
    // WHEN
    String html = Files.readString(ValidationPage.write(RUN, folder.resolve("06-validation.html")), StandardCharsets.UTF_8);
    // THEN the delivered file's verdict comes before any evidence, and the page loads nothing
    assertThat(html.indexOf("✗ FAILED: 7 errors")).as("position of the verdict").isPositive()
        .isLessThan(html.indexOf("Failed constraints"))
        .isLessThan(html.indexOf("Against the defect manifest"));
    assertThat(html).as("report").doesNotContain("<script").doesNotContain("http");
  }

  @Test
  void should_list_in_the_verdict_every_constraint_that_caught_a_manifest_defect(@TempDir Path folder) throws Exception {
    // WHEN
    String html = Files.readString(ValidationPage.write(RUN, folder.resolve("06-validation.html")), StandardCharsets.UTF_8);
    List<String> items = ReportPage.of(html).verdictItems();
    // THEN
    ReportPage.of(html).assertReadable();
    assertThat(items.get(0)).as("the cascade cost first").startsWith("✗ ERROR 2023 batch").contains("59.4 points");
    assertThat(items).as("errors before warnings").extracting(i -> i.substring(0, 6))
        .isSortedAccordingTo(Comparator.comparing((String level) -> level.equals("⚠ WARN")));
    assertThat(items).as("one item per failed constraint, and the cost").hasSize(RUN.raw().failures().size() + 1);
    for (ManifestMatch.Kind k : RUN.match().kinds()) {
      for (String constraint : k.by()) {
        assertThat(items).as("%s in %s (%d caught) by '%s'", k.defect(), k.column(), k.caught(), constraint)
            .anyMatch(i -> i.contains(constraint + " fails — "));
      }
    }
    int quarantined = RUN.match().kinds().stream().mapToInt(k -> k.injected() - k.reached()).sum();
    assertThat(html.substring(html.indexOf("</section>"))).as("the paragraph under the verdict")
        .contains("Not caught, of the 747 rows the defect manifest lists: " + quarantined + " quarantined by the loader")
        .contains("and 170 the loader already read as the true value (90 date_format in visit_date, 50 mojibake in name,"
            + " 30 mojibake in clinic)");
  }

  @Test
  void should_measure_the_accuracy_the_chapter_text_reports() {
    // WHEN
    GateCost cost = RUN.cost();
    // THEN
    assertThat(cost.testVisits()).as("held-out true visits").isEqualTo(907);
    assertThat(cost.stopped()).as("accuracy with the batch stopped").isCloseTo(0.811, within(0.0005));
    assertThat(cost.letThrough()).as("accuracy with the batch let through").isCloseTo(0.217, within(0.0005));
    assertThat(cost.cleanedFirst()).as("accuracy with the batch cleaned first").isCloseTo(0.807, within(0.0005));
    assertThat(cost.savedPoints()).as("points saved by the gate").isCloseTo(59.4, within(0.05));
    assertThat(cost.letThroughPlain()).as("let-through predictions that are F or M").isEqualTo(216);
  }
}
