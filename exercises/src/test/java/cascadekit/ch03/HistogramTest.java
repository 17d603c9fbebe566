package cascadekit.ch03;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("03.histogram: equal-width bins with correct edges")
class HistogramTest {
  @Test
  @Tag("task:1")
  @DisplayName("5 bins from 0 to 10 have the 6 edges 0, 2, 4, 6, 8, 10")
  void edges() {
    assertThat(Histogram.edges(0, 10, 5))
        .as("edges(0, 10, 5): width (10 - 0) / 5 = 2; 5 bins need 6 edges")
        .containsExactly(new double[] {0, 2, 4, 6, 8, 10}, within(1e-9));
  }

  @Test
  @Tag("task:1")
  @DisplayName("the last edge is the maximum exactly, even where adding widths would drift")
  void lastEdgeIsMax() {
    // 10 bins from 0 to 1: adding 0.1 ten times gives 0.9999999999999999, not 1.0
    double[] edges = Histogram.edges(0, 1, 10);
    assertThat(edges).as("edges(0, 1, 10) has 11 edges").hasSize(11);
    assertThat(edges[10]).as("the last edge of edges(0, 1, 10): exactly the maximum, 1.0").isEqualTo(1.0);
    assertThat(edges[3]).as("edge 3 of edges(0, 1, 10)").isCloseTo(0.3, within(1e-12));
  }

  @Test
  @Tag("task:1")
  @DisplayName("edges start at a negative minimum")
  void negativeMin() {
    assertThat(Histogram.edges(-3, 3, 3))
        .as("edges(-3, 3, 3): width 2 from -3")
        .containsExactly(new double[] {-3, -1, 1, 3}, within(1e-9));
  }

  @Test
  @Tag("task:1")
  @DisplayName("one bin has two edges, the minimum and the maximum")
  void oneBinEdges() {
    assertThat(Histogram.edges(2, 5, 1))
        .as("edges(2, 5, 1): one bin of width 3 needs 2 edges")
        .containsExactly(new double[] {2, 5}, within(1e-9));
  }

  @Test
  @Tag("task:2")
  @DisplayName("a value exactly on an inner edge goes to the bin that starts there, despite rounding")
  void valueOnAnInnerEdge() {
    // edges(0, 1, 10) = [0, 0.1, ..., 0.3, ...]; 0.3 / 0.1 is 2.9999999999999996 in doubles, so
    // dividing by the width puts 0.3 in bin 2, left of its own edge.
    for (int i : new int[] {3, 6, 7}) {
      double edge = Histogram.edges(0, 1, 10)[i];
      assertThat(Histogram.bin(edge, 0, 1, 10))
          .as("bin(%s, 0, 1, 10): the left edge of bin %d, as edges(0, 1, 10) gives it", edge, i)
          .isEqualTo(i);
    }
  }

  @Test
  @Tag("task:2")
  @DisplayName("every inner edge of awkward ranges goes to the bin that starts there")
  void everyInnerEdge() {
    // Dividing by the width puts edges 5, 7, 10, 11, 14 and 15 of [0, 49.6] in 17 bins one bin
    // low; multiplying first and rounding down, without checking against the edges, puts edges
    // 1 and 2 of [0, 0.9] in 3 bins one bin low.
    double[][] ranges = {{0, 49.6, 17}, {0, 0.9, 3}};
    for (double[] range : ranges) {
      int bins = (int) range[2];
      double[] edges = Histogram.edges(range[0], range[1], bins);
      for (int i = 1; i < bins; i++) {
        assertThat(Histogram.bin(edges[i], range[0], range[1], bins))
            .as("bin(edges(%s, %s, %d)[%d] = %s): the left edge of bin %d", range[0], range[1], bins, i, edges[i], i)
            .isEqualTo(i);
      }
    }
  }

  @Test
  @Tag("task:2")
  @DisplayName("a value just below an inner edge stays in the bin on its left, even where the first guess rounds up")
  void valueJustBelowAnInnerEdge() {
    // edges(0, 5, 3) = [0, 5/3, 10/3, 5]. 1.6666666666666665 is the largest double below 5/3 and
    // 3.333333333333333 the largest below 10/3, yet value * 3 / 5 rounds to exactly 1 and 2.
    assertThat(Histogram.bin(1.6666666666666665, 0, 5, 3))
        .as("bin(1.6666666666666665, 0, 5, 3): just below the edge 5/3, so in [0, 5/3), bin 0")
        .isZero();
    assertThat(Histogram.bin(3.333333333333333, 0, 5, 3))
        .as("bin(3.333333333333333, 0, 5, 3): just below the edge 10/3, so in [5/3, 10/3), bin 1")
        .isEqualTo(1);
  }

  @Test
  @Tag("task:2")
  @DisplayName("with one bin, every value from the minimum to the maximum is in bin 0")
  void oneBin() {
    for (double value : new double[] {2, 3.5, 5}) {
      assertThat(Histogram.bin(value, 2, 5, 1)).as("bin(%s, 2, 5, 1): one bin, [2, 5]", value).isZero();
    }
  }

  @Test
  @Tag("task:2")
  @DisplayName("a value on an inner edge belongs to the bin on its right")
  void leftClosed() {
    assertThat(Histogram.bin(2, 0, 10, 5)).as("bin(2, 0, 10, 5): 2 opens [2, 4), bin 1").isEqualTo(1);
    assertThat(Histogram.bin(0, 0, 10, 5)).as("bin(0, 0, 10, 5): the minimum is in bin 0").isZero();
    assertThat(Histogram.bin(7.9, 0, 10, 5)).as("bin(7.9, 0, 10, 5): in [6, 8), bin 3").isEqualTo(3);
  }

  @Test
  @Tag("task:2")
  @DisplayName("the maximum lands in the last bin, not one past it")
  void maxInLastBin() {
    assertThat(Histogram.bin(10, 0, 10, 5))
        .as("bin(10, 0, 10, 5): (10 - 0) / 2 = 5 is one past the last bin, 4; the last bin is closed")
        .isEqualTo(4);
  }

  @Test
  @Tag("task:2")
  @DisplayName("a constant column puts every value in bin 0; values outside the range, and zero bins, are refused")
  void constantAndOutside() {
    assertThat(Histogram.bin(7, 7, 7, 10)).as("bin(7, 7, 7, 10): width 0; do not divide by it").isZero();
    assertThatExceptionOfType(IllegalArgumentException.class)
        .as("bin(11, 0, 10, 5): 11 is above the maximum")
        .isThrownBy(() -> Histogram.bin(11, 0, 10, 5));
    assertThatExceptionOfType(IllegalArgumentException.class)
        .as("bin(5, 0, 10, 0): no bins to put 5 in")
        .isThrownBy(() -> Histogram.bin(5, 0, 10, 0));
  }

  @Test
  @Tag("task:3")
  @DisplayName("0 to 10 in 5 bins: the last bin holds 8, 9 and 10")
  void counts() {
    double[] values = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    assertThat(Histogram.counts(values, 5))
        .as("counts(0..10, 5): [0,2) [2,4) [4,6) [6,8) [8,10]; all 11 values counted, 10 in the last bin")
        .containsExactly(2, 2, 2, 2, 3);
  }

  @Test
  @Tag("task:3")
  @DisplayName("the range is the values' own, whatever their order")
  void ownRange() {
    // min 40, max 140, width 25: 40 -> 0, 140 -> 3 (closed), 60 -> 0, 115 -> 3, 90 -> 2
    double[] weights = {115, 40, 140, 60, 90};
    assertThat(Histogram.counts(weights, 4))
        .as("counts([115, 40, 140, 60, 90], 4): edges 40, 65, 90, 115, 140")
        .containsExactly(2, 0, 1, 2);
  }

  @Test
  @Tag("task:3")
  @DisplayName("one bin counts every value")
  void oneBinCounts() {
    assertThat(Histogram.counts(new double[] {3, 1, 2}, 1))
        .as("counts([3, 1, 2], 1): one bin [1, 3] holds all three").containsExactly(3);
  }

  @Test
  @Tag("task:3")
  @DisplayName("a constant column and an empty one are counted without dividing by zero")
  void degenerate() {
    assertThat(Histogram.counts(new double[] {5, 5, 5}, 3))
        .as("counts([5, 5, 5], 3): a constant column, all in bin 0").containsExactly(3, 0, 0);
    assertThat(Histogram.counts(new double[0], 3))
        .as("counts([], 3): three empty bins").containsExactly(0, 0, 0);
  }
}
