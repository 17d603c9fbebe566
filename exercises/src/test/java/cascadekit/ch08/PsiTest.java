package cascadekit.ch08;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("08.psi: the population stability index, with bins from the reference")
class PsiTest {
  private static final List<Double> ONE_TO_TEN = List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0);

  @Test
  @Tag("task:1")
  @DisplayName("the cut points are the reference's values at indexes i * n / bins once sorted")
  void edgesOfOneToTen() {
    // sorted 1..10, n = 10, bins = 5: indexes 2, 4, 6, 8 hold 3, 5, 7, 9
    List<Double> reference = new ArrayList<>(List.of(10.0, 9.0, 8.0, 7.0, 6.0, 5.0, 4.0, 3.0, 2.0, 1.0));
    assertThat(Psi.edges(reference, 5))
        .as("edges([10, 9, ..., 1], 5): sort a copy first, then take indexes 2, 4, 6, 8")
        .containsExactly(3.0, 5.0, 7.0, 9.0);
  }

  @Test
  @Tag("task:1")
  @DisplayName("when the bins do not divide n, each index is i * n / bins, not i times a rounded-down step")
  void edgesWhenBinsDoNotDivide() {
    // sorted 1..10, n = 10, bins = 4: indexes 10/4 = 2, 20/4 = 5, 30/4 = 7 hold 3, 6, 8
    List<Double> reference = new ArrayList<>(List.of(10.0, 9.0, 8.0, 7.0, 6.0, 5.0, 4.0, 3.0, 2.0, 1.0));
    assertThat(Psi.edges(reference, 4))
        .as("edges([10, 9, ..., 1], 4): indexes 2, 5, 7; [3, 5, 7] means i * (n / bins), a step rounded down first")
        .containsExactly(3.0, 6.0, 8.0);
  }

  @Test
  @Tag("task:1")
  @DisplayName("the caller's reference keeps its order")
  void edgesLeaveInputAlone() {
    List<Double> reference = new ArrayList<>(List.of(10.0, 1.0, 5.0, 3.0));
    Psi.edges(reference, 2);
    assertThat(reference).as("the reference after edges(...): sort a copy, not the caller's list")
        .containsExactly(10.0, 1.0, 5.0, 3.0);
  }

  @Test
  @Tag("task:2")
  @DisplayName("a value on an edge goes to the bin above it, and values outside the range land in the end bins")
  void sharesWithEdgesAndOutliers() {
    // edges [3, 5, 7, 9]: -50 and 2 in bin 0; 3 in bin 1; 7 in bin 3; 9 and 100 in bin 4
    assertThat(Psi.shares(List.of(-50.0, 2.0, 3.0, 7.0, 9.0, 100.0), List.of(3.0, 5.0, 7.0, 9.0)))
        .as("shares of [-50, 2, 3, 7, 9, 100] over edges [3, 5, 7, 9]; an edge value belongs to the bin above")
        .containsExactly(new double[] {2 / 6.0, 1 / 6.0, 0, 1 / 6.0, 2 / 6.0}, within(1e-12));
  }

  @Test
  @Tag("task:3")
  @DisplayName("a window identical to the reference has a PSI of 0")
  void identicalIsZero() {
    assertThat(Psi.psi(ONE_TO_TEN, ONE_TO_TEN, 5))
        .as("psi(1..10, 1..10, 5)").isCloseTo(0.0, within(1e-12));
  }

  @Test
  @Tag("task:3")
  @DisplayName("a window shifted by one has a PSI of 0.1099")
  void shiftedByOne() {
    // edges [3, 5, 7, 9], reference shares 0.2 each; current 2..11: [0.1, 0.2, 0.2, 0.2, 0.3]
    // (0.1 - 0.2) ln(0.5) + (0.3 - 0.2) ln(1.5) = 0.069315 + 0.040547 = 0.109861
    List<Double> current = List.of(2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0);
    assertThat(Psi.psi(ONE_TO_TEN, current, 5))
        .as("psi(1..10, 2..11, 5) = sum of (a - e) ln(a / e)")
        .isCloseTo(0.109861, within(1e-6));
  }

  @Test
  @Tag("task:3")
  @DisplayName("empty bins count as 1e-4, so the PSI stays finite, and the bins come from the reference")
  void emptyBinsAndReferenceBins() {
    // Reference edges [3, 5, 7, 9]; current shares [0, 0, 0.1, 0.4, 0.5]:
    // 2 x (1e-4 - 0.2) ln(1e-4 / 0.2) = 2 x 1.519420 = 3.038840
    // + (0.1 - 0.2) ln 0.5 = 0.069315 + (0.4 - 0.2) ln 2 = 0.138629 + (0.5 - 0.2) ln 2.5 = 0.274887
    // = 3.521672 (to 6 places). Edges cut from the current window ([7, 8, 9, 10]) would give 1.323546.
    List<Double> current = List.of(6.0, 7.0, 7.0, 8.0, 8.0, 9.0, 9.0, 10.0, 10.0, 10.0);
    assertThat(Psi.psi(ONE_TO_TEN, current, 5))
        .as("psi(1..10, [6, 7, 7, 8, 8, 9, 9, 10, 10, 10], 5): two empty bins (ln 0 gives Infinity or NaN"
            + " without EPSILON); 1.3235 means the bins were cut from the current window")
        .isCloseTo(3.521672, within(1e-6));
  }

  @Test
  @Tag("task:3")
  @DisplayName("an empty bin of the reference also counts as 1e-4, not only an empty current bin")
  void emptyReferenceBins() {
    // Reference: eight 1s, a 2 and a 3; edges at sorted indexes 2, 4, 6, 8 are [1, 1, 1, 2], so
    // the reference shares are [0, 0, 0, 0.8, 0.2]. Current shares: [0.2, 0, 0, 0.4, 0.4].
    // PSI = (0.2 - 1e-4) ln(0.2 / 1e-4) + 0 + 0 + (-0.4) ln(0.5) + 0.2 ln(2) = 1.935309
    List<Double> reference = new ArrayList<>(List.of(1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 2.0, 3.0));
    List<Double> current = List.of(0.5, 0.5, 1.0, 1.0, 1.0, 1.0, 2.0, 2.0, 3.0, 3.0);
    assertThat(Psi.psi(reference, current, 5))
        .as("psi with three empty reference bins: use 1e-4 for an empty share on either side (ln(a / 0) is Infinity)")
        .isCloseTo(1.935309, within(1e-6));
  }

  @Test
  @Tag("task:3")
  @DisplayName("an empty reference is refused")
  void emptyReference() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .as("psi([], 1..10, 5) must throw IllegalArgumentException")
        .isThrownBy(() -> Psi.psi(List.of(), ONE_TO_TEN, 5));
  }
}
