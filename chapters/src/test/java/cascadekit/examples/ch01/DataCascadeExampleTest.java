package cascadekit.examples.ch01;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cascadekit.data.Penguins;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DataCascadeExampleTest {
  @Test
  void should_measure_the_cost_the_chapter_text_reports() {
    // WHEN
    CascadeRun run = DataCascadeExample.run(Penguins.read().kept());
    // THEN: the figures printed in chapters/01-data-cascades.md
    assertThat(run.testRows()).isEqualTo(103);
    assertThat(run.cleanAccuracy()).isCloseTo(98.0 / 103, within(1e-12));
    assertThat(run.defectiveAccuracy()).isCloseTo(72.0 / 103, within(1e-12));
    assertThat(run.brokenPredictions()).isEqualTo(26);
    assertThat(run.fixedPredictions()).isZero();
    assertThat(run.defectiveRecall().get("Gentoo")).isLessThan(run.cleanRecall().get("Gentoo"));
  }

  @Test
  void should_print_both_accuracies_and_the_cost() {
    // GIVEN
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      // WHEN
      DataCascadeExample.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    // THEN
    assertThat(captured.toString(StandardCharsets.UTF_8))
        .contains("344 rows read = 342 kept + 2 quarantined")
        .contains("Trained on clean data:      held-out accuracy 0.951")
        .contains("Trained on defective data:  held-out accuracy 0.699")
        .contains("Cascade cost: 25.2 percentage points");
  }
}
