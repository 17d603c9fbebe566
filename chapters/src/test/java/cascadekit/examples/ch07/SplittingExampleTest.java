package cascadekit.examples.ch07;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import cascadekit.data.Datasets;
import cascadekit.data.LoanApplications;
import cascadekit.split.LeakageFinding;
import cascadekit.split.LeakageReport;
import cascadekit.split.TrainTest;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** The pieces of chapter 07's example; ChapterOutputTest checks the printed figures as a whole. */
class SplittingExampleTest {
  private static final Table LOANS = Datasets.loanApplications();
  private static final LoanPipeline NAIVE = new LoanPipeline(true, true);
  private static final LoanPipeline HONEST = new LoanPipeline(false, false);

  @Test
  void should_keep_every_applicant_on_one_side_and_every_test_row_after_training_in_the_honest_split() {
    // WHEN the honest split is made
    TrainTest honest = LoanSplits.honest(LOANS);
    // THEN no applicant is on both sides, and the test starts after the last training row
    Set<String> trainApplicants = new HashSet<>(honest.train().stringColumn(LoanApplications.APPLICANT).asList());
    assertThat(honest.test().stringColumn(LoanApplications.APPLICANT).asList()).as("test applicants seen in training")
        .noneMatch(trainApplicants::contains);
    assertThat(honest.test().dateTimeColumn(LoanApplications.APPLIED_AT).min()).as("first test row")
        .isAfter(honest.train().dateTimeColumn(LoanApplications.APPLIED_AT).max());
    assertThat(honest.test().rowCount()).as("test rows: ceil(0.25 * 4001)").isEqualTo(1001);
    assertThat(honest.train().rowCount()).as("training rows: 3000 less the test applicants' 227 earlier rows")
        .isEqualTo(2773);
    assertThat(AuditRun.of(honest, HONEST).broken()).as("broken findings on the honest split").isEmpty();
  }

  @Test
  void should_find_every_leak_the_manifest_exposes_in_the_naive_split() {
    // GIVEN the naive split the example audits
    TrainTest naive = LoanSplits.random(LOANS, AuditRun.SEED);
    // WHEN audited and held against the manifest
    LeakageReport report = AuditRun.of(naive, NAIVE);
    ManifestMatch match = ManifestMatch.of(naive, report);
    // THEN each exposed entry is found, and the exposed counts are those of the chapter text
    assertThat(match.kinds()).extracting(ManifestMatch.Kind::defect, ManifestMatch.Kind::exposed,
        ManifestMatch.Kind::found).as("defect, exposed, found").containsExactly(
            tuple("target_leak", 1, 1), tuple("duplicate_across_time", 32, 32), tuple("repeat_applicant", 279, 279));
    // AND the copies stay under deepchecks' 5% while the group, time, flag and scaler break their rules
    assertThat(report.find("exact_duplicates", "(rows)").orElseThrow().broken()).as("3.2% duplicates").isFalse();
    assertThat(report.broken()).extracting(LeakageFinding::kind).as("kinds broken")
        .contains("group_overlap", "time_overlap", "feature_power", "preprocessing")
        .doesNotContain("identifier_power", "id_overlap");
  }

  @Test
  void should_score_the_honest_model_as_the_chapter_text_says() {
    // WHEN the honest pipeline is scored on the honest split
    double auc = HONEST.auc(LoanSplits.honest(LOANS));
    // THEN
    assertThat(auc).as("honest AUC").isCloseTo(0.607, within(0.0005));
  }
}
