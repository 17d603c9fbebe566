package cascadekit.ch08;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("08.skew-linf: training/serving skew as an L-infinity distance")
class SkewLinfTest {
  private static final Map<String, Long> TRAINING = Map.of("DE", 300L, "FR", 100L);

  @Test
  @Tag("task:1")
  @DisplayName("shares are compared, not raw counts: a smaller serving log with the same mix is not skewed")
  void sharesNotCounts() {
    assertThat(SkewLinf.lInfinity(TRAINING, Map.of("DE", 30L, "FR", 10L)))
        .as("lInfinity({DE=300, FR=100}, {DE=30, FR=10}): both 75%% DE").isCloseTo(0.0, within(1e-12));
    // DE: 0.75 vs 0.60, FR: 0.25 vs 0.40; the largest difference is 0.15
    assertThat(SkewLinf.lInfinity(TRAINING, Map.of("DE", 60L, "FR", 40L)))
        .as("lInfinity({DE=300, FR=100}, {DE=60, FR=40}): the largest, not the sum (0.30)")
        .isCloseTo(0.15, within(1e-12));
  }

  @Test
  @Tag("task:1")
  @DisplayName("a value only serving sends counts: de instead of DE is a skew of 0.75")
  void valueOnOneSide() {
    // DE: 0.75 vs 0; FR: 0.25 vs 0.40; de: 0 vs 0.60. Max 0.75.
    assertThat(SkewLinf.lInfinity(TRAINING, Map.of("de", 60L, "FR", 40L)))
        .as("lInfinity({DE=300, FR=100}, {de=60, FR=40}): compare over the values of both sides")
        .isCloseTo(0.75, within(1e-12));
  }

  @Test
  @Tag("task:1")
  @DisplayName("a value seen only at serving time counts as much as one seen only in training")
  void valueOnlyServed() {
    // DE: 0.75 vs 0.10; FR: 0.25 vs 0; de: 0 vs 0.90. Max 0.90, found only by walking the
    // serving values too; walking training's alone gives 0.65.
    assertThat(SkewLinf.lInfinity(TRAINING, Map.of("DE", 10L, "de", 90L)))
        .as("lInfinity({DE=300, FR=100}, {DE=10, de=90}): the largest gap is at 'de', which training never had")
        .isCloseTo(0.90, within(1e-12));
  }

  @Test
  @Tag("task:2")
  @DisplayName("only the features at or above the threshold are skewed, sorted by name")
  void skewedFeatures() {
    Map<String, Map<String, Long>> training = Map.of(
        "device", Map.of("ios", 50L, "web", 50L),
        "country", TRAINING,
        "plan", Map.of("free", 75L, "paid", 25L));
    Map<String, Map<String, Long>> serving = Map.of(
        "device", Map.of("ios", 45L, "web", 55L),
        "country", Map.of("de", 60L, "FR", 40L),
        "plan", Map.of("free", 50L, "paid", 50L));
    // device 0.05, country 0.75, plan 0.75 - 0.5 = 0.25: exactly the threshold, and exact in binary
    assertThat(SkewLinf.skewed(training, serving, 0.25))
        .as("skewed(...) at 0.25: country (0.75) and plan (0.25, at the threshold: use >=), not device (0.05)")
        .containsExactly("country", "plan");
  }
}
