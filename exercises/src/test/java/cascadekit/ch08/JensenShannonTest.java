package cascadekit.ch08;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("08.jensen-shannon: Jensen-Shannon divergence and distance, in base 2")
class JensenShannonTest {
  @Test
  @Tag("task:1")
  @DisplayName("disjoint distributions have a divergence of exactly 1 bit")
  void disjointIsOne() {
    // m = (0.5, 0.5): KL(p||m) = 1 x log2(1 / 0.5) = 1, KL(q||m) = 1; JSD = 1.
    // With the natural log it would be ln 2 = 0.693.
    assertThat(JensenShannon.divergence(new double[] {1, 0}, new double[] {0, 1}))
        .as("divergence([1, 0], [0, 1]): 0.693 means log base e, not 2; NaN means 0 x log 0 was not taken as 0")
        .isCloseTo(1.0, within(1e-12));
  }

  @Test
  @Tag("task:1")
  @DisplayName("the divergence of the worked example is 0.311278")
  void workedDivergence() {
    // p = (0.5, 0.5), q = (1, 0), m = (0.75, 0.25)
    // KL(p||m) = 0.5 log2(0.5/0.75) + 0.5 log2(0.5/0.25) = -0.292481 + 0.5 = 0.207519
    // KL(q||m) = 1 x log2(1/0.75) = 0.415037; JSD = (0.207519 + 0.415037) / 2 = 0.311278
    assertThat(JensenShannon.divergence(new double[] {0.5, 0.5}, new double[] {1, 0}))
        .as("divergence([0.5, 0.5], [1, 0]) in bits").isCloseTo(0.311278, within(1e-6));
  }

  @Test
  @Tag("task:2")
  @DisplayName("the distance is the square root of the divergence: 0.557923 for the example")
  void distanceIsRoot() {
    assertThat(JensenShannon.distance(new double[] {0.5, 0.5}, new double[] {1, 0}))
        .as("distance([0.5, 0.5], [1, 0]) = sqrt(0.311278); 0.311 means the divergence was returned,"
            + " 0.4645 the distance in natural log")
        .isCloseTo(0.557923, within(1e-6));
  }

  @Test
  @Tag("task:2")
  @DisplayName("identical distributions are at distance 0, disjoint ones at distance 1")
  void distanceBounds() {
    assertThat(JensenShannon.distance(new double[] {0.2, 0.3, 0.5}, new double[] {0.2, 0.3, 0.5}))
        .as("distance of a distribution to itself; NaN means sqrt of a tiny negative").isCloseTo(0.0, within(1e-9));
    assertThat(JensenShannon.distance(new double[] {0.5, 0.5, 0, 0}, new double[] {0, 0, 0.5, 0.5}))
        .as("distance of two distributions with no category in common").isCloseTo(1.0, within(1e-12));
  }

  @Test
  @Tag("task:3")
  @DisplayName("counts become shares over every category of either side")
  void fromCounts() {
    // categories desktop, phone, tablet: p = (0.25, 0.75, 0), q = (0.25, 0.25, 0.5), m = (0.25, 0.5, 0.25)
    // KL(p||m) = 0.75 log2(1.5) = 0.438722; KL(q||m) = 0.25 log2(0.5) + 0.5 log2(2) = 0.25
    // JSD = 0.344361, distance = 0.586823
    assertThat(JensenShannon.distance(Map.of("phone", 30L, "desktop", 10L), Map.of("phone", 1L, "desktop", 1L, "tablet", 2L)))
        .as("distance({phone=30, desktop=10}, {phone=1, desktop=1, tablet=2}): tablet is new, so it must count")
        .isCloseTo(0.586823, within(1e-6));
  }
}
