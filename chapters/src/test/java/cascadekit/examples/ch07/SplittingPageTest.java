package cascadekit.examples.ch07;

import static org.assertj.core.api.Assertions.assertThat;

import cascadekit.data.Datasets;
import cascadekit.data.LoanApplications;
import cascadekit.report.ReportPage;
import cascadekit.split.LeakageFinding;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SplittingPageTest {
  private static SplittingRun run;
  private static ReportPage page;

  @BeforeAll
  static void write(@TempDir Path dir) throws IOException {
    run = SplittingRun.of(Datasets.loanApplications());
    page = ReportPage.of(Files.readString(SplittingPage.write(run, dir.resolve(SplittingPage.FILE))));
  }

  @Test
  void should_list_every_manifest_defect_the_naive_split_exposes_as_found() throws IOException {
    // GIVEN the manifest's pairs split across the naive split's two sides, per kind, and its leaky columns
    Set<String> test = new HashSet<>(run.naive().test().stringColumn(LoanApplications.ID).asList());
    Set<String> train = new HashSet<>(run.naive().train().stringColumn(LoanApplications.ID).asList());
    Map<String, Integer> exposed = new TreeMap<>();
    Set<String> leaks = new TreeSet<>();
    try (Reader in = Files.newBufferedReader(Datasets.path(LoanApplications.MANIFEST), StandardCharsets.UTF_8)) {
      for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
        String row = r.get("row_id");
        String original = r.get("clean_value");
        if (r.get("defect").equals("target_leak")) {
          leaks.add(r.get("column"));
        } else if (test.contains(row) && train.contains(original) || test.contains(original) && train.contains(row)) {
          exposed.merge(r.get("defect"), 1, Integer::sum);
        }
      }
    }
    // THEN
    exposed.forEach((kind, n) -> assertThat(page.verdictItems()).as("the verdict's finding on %s, %d pairs exposed", kind, n)
        .anyMatch(i -> i.contains("manifest " + kind + ": " + n + " of " + n + " exposed pairs found")));
    leaks.forEach(column -> assertThat(page.verdictItems()).as("the leaky column %s, an error", column)
        .anyMatch(i -> i.startsWith("✗ ERROR " + column + ": feature_power breaks its rule")
            && i.contains("manifest target_leak: " + leaks.size() + " of " + leaks.size() + " leaky columns found")));
    assertThat(page.table(SplittingPage.MANIFEST).stream().skip(1).map(row -> row.get(0) + " missed " + row.get(3)))
        .as("nothing the manifest lists is beyond the audit's checks")
        .containsExactlyInAnyOrder("target_leak missed 0", "duplicate_across_time missed 0", "repeat_applicant missed 0");
  }

  @Test
  void should_rank_each_broken_check_as_an_error_and_state_the_auc_overstated() {
    // GIVEN
    Set<String> broken = new TreeSet<>();
    run.naiveAudit().broken().stream().map(LeakageFinding::kind).forEach(broken::add);
    // WHEN
    Set<String> errors = new TreeSet<>();
    page.verdictItems().stream().filter(i -> i.startsWith("✗ ERROR") && i.contains(" breaks its rule"))
        .forEach(i -> errors.add(i.replaceAll("^.*?: (\\w+) breaks its rule.*$", "$1")));
    // THEN
    assertThat(errors).as("the audit's broken checks, errors in the verdict").isEqualTo(broken);
    String points = String.format(Locale.ROOT, "%.1f points", 100 * (run.cost().naive() - run.cost().honest()));
    assertThat(page.verdictItems().get(0)).as("the AUC overstated, first").startsWith("✗ ERROR naive split: overstates the AUC")
        .contains(points);
    assertThat(page.table(SplittingPage.AUDIT)).as("one row per check, after the header")
        .hasSize(run.naiveAudit().findings().size() + 1);
    page.assertReadable();
  }

  @Test
  void should_show_the_seeds_spread_beside_the_naive_auc() {
    // WHEN
    List<String> naive = page.table(SplittingPage.AUC).get(1);
    // THEN
    assertThat(naive).as("the naive split's row").containsExactly("naive", String.format(Locale.ROOT, "%.3f", run.cost().naive()),
        String.format(Locale.ROOT, "sd %.3f over %d seeds", run.cost().naiveSd(), CascadeCost.SEEDS));
  }
}
