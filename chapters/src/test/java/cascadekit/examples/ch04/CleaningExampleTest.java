package cascadekit.examples.ch04;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cascadekit.clean.DetectionScore;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CleaningExampleTest {
  private static CleaningRun run;

  @BeforeAll
  static void clean() {
    run = CleaningPipeline.run();
  }

  @Test
  void should_score_each_step_as_the_chapter_text_reports() {
    // WHEN
    Map<String, DetectionScore> scores = run.steps().stream()
        .collect(Collectors.toMap(StepRecorder.StepReport::rule, StepRecorder.StepReport::score));
    // THEN: the table of chapters/04-cleaning.md; (changes, hits, defects)
    assertThat(scores).hasSize(14);
    assertThat(scores.get("missing-markers")).isEqualTo(new DetectionScore(60, 60, 60));
    assertThat(scores.get("sex-categories")).isEqualTo(new DetectionScore(150, 150, 150));
    assertThat(scores.get("exact-duplicates")).isEqualTo(new DetectionScore(30, 30, 30));
    assertThat(scores.get("near-duplicates")).isEqualTo(new DetectionScore(30, 30, 30));
    assertThat(scores.get("height-metres")).isEqualTo(new DetectionScore(60, 60, 60));
    assertThat(scores.get("weight-pounds")).isEqualTo(new DetectionScore(60, 60, 60));
    assertThat(scores.get("weight-outliers")).isEqualTo(new DetectionScore(16, 15, 15));
    assertThat(scores.get("impute-weight_kg")).isEqualTo(new DetectionScore(48, 47, 47));
    assertThat(run.unmapped()).isEmpty();
  }

  @Test
  void should_lose_precision_when_near_duplicates_are_blocked_on_the_date_alone() {
    // THEN: 20 of the 50 pairs are namesakes, different patients seen the same day
    assertThat(run.byDateScore()).isEqualTo(new DetectionScore(50, 30, 30));
    assertThat(run.byDate().comparisons()).isEqualTo(6289);
    assertThat(run.near().comparisons()).isEqualTo(30);
  }

  @Test
  void should_leave_no_duplicate_and_log_every_change() {
    // THEN
    assertThat(run.cleaned().rowCount()).isEqualTo(3000);
    assertThat(run.log().entries()).hasSize(801);
  }

  @Test
  void should_measure_the_cascade_cost_the_chapter_text_reports() {
    // WHEN
    CascadeCost cost = CascadeCost.of(run);
    // THEN
    assertThat(cost.testVisits()).hasSize(907);
    assertThat(cost.truth().meanAbsoluteError(cost.testVisits())).isCloseTo(9.62, within(0.005));
    assertThat(cost.raw().meanAbsoluteError(cost.testVisits())).isCloseTo(10.97, within(0.005));
    assertThat(cost.cleaned().meanAbsoluteError(cost.testVisits())).isCloseTo(9.63, within(0.005));
    assertThat(cost.raw().meanAbsoluteError(cost.shortVisits())).isCloseTo(13.21, within(0.005));
    assertThat(cost.raw().kgPerCm()).isLessThan(0.05);
  }
}
