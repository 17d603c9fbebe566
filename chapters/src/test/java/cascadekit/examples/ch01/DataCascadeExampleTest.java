package cascadekit.examples.ch01;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cascadekit.data.Penguins;
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
}
