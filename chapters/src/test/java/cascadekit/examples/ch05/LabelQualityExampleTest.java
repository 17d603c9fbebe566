package cascadekit.examples.ch05;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cascadekit.data.Annotations;
import cascadekit.data.Datasets;
import cascadekit.labeling.FleissKappa;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LabelQualityExampleTest {
  private static LabelQualityRun run;

  @BeforeAll
  static void measure() {
    run = LabelQualityRun.of(Datasets.reviewLabels());
  }

  @Test
  void should_measure_the_agreement_the_chapter_text_reports() {
    // THEN: the figures printed in chapters/05-labeling.md
    PanelReport panel = run.panel();
    assertThat(panel.pairs().get(0).kappa()).isCloseTo(0.662, within(5e-4));
    assertThat(panel.pairs().get(0).percent()).isCloseTo(0.831, within(5e-4));
    assertThat(panel.fleiss().kappa()).isCloseTo(0.207, within(5e-4));
    assertThat(panel.fleiss().observed()).isCloseTo(0.546, within(5e-4));
  }

  @Test
  void should_halve_fleiss_kappa_with_the_spammer_in_the_panel() {
    // GIVEN the grid without its last annotator, a5
    Annotations panel = run.data().annotations();
    int[][] withoutSpammer = new int[panel.items().size()][];
    for (int i = 0; i < withoutSpammer.length; i++) {
      withoutSpammer[i] = Arrays.copyOf(panel.labels()[i], 4);
    }
    Annotations four =
        new Annotations(panel.items(), panel.annotators().subList(0, 4), panel.classes(), withoutSpammer);
    // WHEN / THEN: the instructor note in chapters/05-labeling.md
    assertThat(FleissKappa.of(four.counts()).kappa()).isCloseTo(0.389, within(5e-4));
  }

  @Test
  void should_score_both_aggregations_and_flag_the_spammer() {
    // THEN
    PanelReport panel = run.panel();
    assertThat(panel.majorityOnGold()).isCloseTo(185.0 / 200, within(1e-12));
    assertThat(panel.dawidSkeneOnGold()).isCloseTo(197.0 / 200, within(1e-12));
    assertThat(panel.ties()).isEqualTo(169);
    assertThat(panel.tiedAndWrong()).isEqualTo(86);
    assertThat(panel.annotators().stream().filter(PanelReport.AnnotatorLine::isSpammer).map(PanelReport.AnnotatorLine::id))
        .containsExactly("a5");
    assertThat(panel.annotators().get(3).estimated()).isCloseTo(0.658, within(5e-4));
    assertThat(panel.annotators().get(3).trueAccuracy()).isCloseTo(0.663, within(5e-4));
  }

  @Test
  void should_find_label_errors_that_are_real() {
    // THEN
    LabelErrors errors = run.errors();
    assertThat(errors.flagged()).hasSize(147);
    assertThat(errors.flaggedAndWrong()).isEqualTo(147);
    assertThat(errors.majorityWrong()).isEqualTo(165);
    assertThat(run.data().reviews().get(errors.flagged().get(0)).itemId()).isEqualTo("R0157");
  }

  @Test
  void should_measure_the_cascade_cost_of_each_way_of_labelling() {
    // THEN: accuracy on the 200 gold reviews, in the order of the table
    List<CascadeCostTable.Row> rows = run.cascade().rows();
    assertThat(rows).extracting(CascadeCostTable.Row::accuracy)
        .containsExactly(1.0, 1.0, 1.0, 0.970, 0.690);
    assertThat(rows).extracting(CascadeCostTable.Row::wrongLabels).containsExactly(0, 26, 150, 517, 612);
    assertThat(run.cascade().trueModelOnMajorityLabels()).isCloseTo(0.925, within(1e-12));
  }

  @Test
  void should_print_agreement_aggregation_and_the_cascade_cost() {
    // GIVEN
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      // WHEN
      LabelQualityExample.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    // THEN
    assertThat(captured.toString(StandardCharsets.UTF_8))
        .contains("a1-a2  0.831  kappa  0.662  substantial")
        .contains("Fleiss' kappa, all five: 0.207 (fair); P-bar 0.546, P_e 0.427")
        .contains("majority vote  0.925")
        .contains("Dawid-Skene    0.985")
        .contains("0.044  <- spammer")
        .contains("flagged 147, of which 147 are wrong indeed")
        .contains("a4 alone (swaps neu/neg)           612 (34.0%)  0.690      31.0")
        .contains("would look 0.925 accurate");
  }
}
