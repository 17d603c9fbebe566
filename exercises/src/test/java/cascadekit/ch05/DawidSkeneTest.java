package cascadekit.ch05;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cascadekit.ch05.DawidSkene.Estimate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("05.dawid-skene: true labels and confusion matrices by EM")
class DawidSkeneTest {
  private static final int NONE = DawidSkene.MISSING;

  // Annotators 0 and 1 are always right, annotator 2 always swaps the two classes;
  // the true classes are 0 0 0 0 0 1 1 1.
  private static final int[][] SWAPPER = {
    {0, 0, 1}, {0, 0, 1}, {0, 0, 1}, {0, 0, 1}, {0, 0, 1}, {1, 1, 0}, {1, 1, 0}, {1, 1, 0}
  };

  @Test
  @Tag("task:1")
  @DisplayName("the M step turns soft counts plus smoothing into a row-normalised confusion matrix")
  void mStepByHand() {
    // Row 0 (true 0): given 0 with mass 1 (item 0), given 1 with 0.5 (item 1); + 0.5 each: 1.5, 1.0 over 2.5.
    // Row 1 (true 1): given 0 with 0, given 1 with 0.5 + 1 = 1.5; + 0.5 each: 0.5, 2.0 over 2.5.
    double[][] confusion =
        DawidSkene.confusion(new int[][] {{0}, {1}, {1}}, new double[][] {{1, 0}, {0.5, 0.5}, {0, 1}}, 0, 0.5);
    assertThat(confusion[0])
        .as("row 0 of the confusion: (1 + 0.5, 0.5 + 0.5) / 2.5")
        .containsExactly(new double[] {0.6, 0.4}, within(1e-12));
    assertThat(confusion[1])
        .as("row 1 of the confusion: (0 + 0.5, 1.5 + 0.5) / 2.5")
        .containsExactly(new double[] {0.2, 0.8}, within(1e-12));
  }

  @Test
  @Tag("task:1")
  @DisplayName("a true class the annotator never met gets a uniform row, not NaN")
  void smoothingAvoidsNaN() {
    // The annotator labelled only item 0, which is surely class 0; row 1 has no evidence at all:
    // (0 + 0.01, 0 + 0.01) / (0 + 2 * 0.01) = (0.5, 0.5). Without smoothing it is 0/0 = NaN.
    double[][] confusion = DawidSkene.confusion(new int[][] {{0}, {NONE}}, new double[][] {{1, 0}, {0, 1}}, 0, 0.01);
    assertThat(confusion[1])
        .as("row 1 of an annotator who never labelled a class-1 item: add smoothing to every cell and K * smoothing to the total")
        .containsExactly(new double[] {0.5, 0.5}, within(1e-12));
    assertThat(confusion[0][1])
        .as("confusion[0][1]: never seen, but smoothing keeps it above 0: 0.01 / 1.02")
        .isCloseTo(0.01 / 1.02, within(1e-12));
  }

  @Test
  @Tag("task:2")
  @DisplayName("the E step multiplies the prior by each annotator's chance of the label given")
  void eStepByHand() {
    double[][][] confusions = {{{0.9, 0.1}, {0.2, 0.8}}, {{0.6, 0.4}, {0.3, 0.7}}};
    double[] t = DawidSkene.posterior(new int[] {1, 1}, new double[] {0.7, 0.3}, confusions);
    assertThat(t)
        .as("posterior of labels [1, 1]: 0.7 * 0.1 * 0.4 = 0.028 and 0.3 * 0.8 * 0.7 = 0.168, normalised")
        .containsExactly(new double[] {1.0 / 7, 6.0 / 7}, within(1e-12));
  }

  @Test
  @Tag("task:2")
  @DisplayName("a missing label is skipped, not read as class -1 nor as class 0")
  void eStepSkipsMissing() {
    double[][][] confusions = {{{0.9, 0.1}, {0.2, 0.8}}, {{0.6, 0.4}, {0.3, 0.7}}};
    double[] t = DawidSkene.posterior(new int[] {1, NONE}, new double[] {0.7, 0.3}, confusions);
    assertThat(t)
        .as("posterior of labels [1, missing]: 0.7 * 0.1 = 0.07 and 0.3 * 0.8 = 0.24, normalised")
        .containsExactly(new double[] {0.07 / 0.31, 0.24 / 0.31}, within(1e-12));
  }

  @Test
  @Tag("task:2")
  @DisplayName("two hundred labels do not underflow to 0/0")
  void eStepInLogs() {
    // Each annotator says 0 with chance 0.02 if the truth is 0 and 0.01 if it is 1: each vote
    // doubles the odds for class 0, so the posterior is 2^200 / (2^200 + 1), 1 to machine
    // precision. The plain products 0.02^200 and 0.01^200 are both 0 in a double.
    int[] labels = new int[200];
    double[][][] confusions = new double[200][][];
    for (int a = 0; a < 200; a++) {
      confusions[a] = new double[][] {{0.02, 0.98}, {0.01, 0.99}};
    }
    double[] t = DawidSkene.posterior(labels, new double[] {0.5, 0.5}, confusions);
    assertThat(t[0])
        .as("posterior[0] after 200 votes that each double the odds: work in logs, or 0/0 gives NaN")
        .isCloseTo(1.0, within(1e-12));
  }

  @Test
  @Tag("task:3")
  @DisplayName("one round from the majority-vote shares matches a hand calculation")
  void oneRoundByHand() {
    // Start: item 0 votes [0, 0] -> T = (1, 0); item 1 votes [0, 1] -> (0.5, 0.5). Smoothing 1.
    // Priors (0.75, 0.25). Annotator 0: rows (2.5, 1) / 3.5 and (1.5, 1) / 2.5;
    // annotator 1: rows (2, 1.5) / 3.5 and (1, 1.5) / 2.5.
    // Item 0: 0.75 * 5/7 * 4/7 = 15/49 against 0.25 * 0.6 * 0.4 = 0.06: 750/897 = 250/299.
    // Item 1: 0.75 * 5/7 * 3/7 = 45/196 against 0.25 * 0.6 * 0.6 = 0.09: 4500/6264 = 125/174.
    Estimate estimate = DawidSkene.fit(new int[][] {{0, 0}, {0, 1}}, 2, 1, 1.0);
    assertThat(estimate.priors())
        .as("priors after one round: the mean of the majority-vote shares")
        .containsExactly(new double[] {0.75, 0.25}, within(1e-12));
    assertThat(estimate.posteriors()[0][0])
        .as("item 0's posterior for class 0 after one round")
        .isCloseTo(250.0 / 299, within(1e-12));
    assertThat(estimate.posteriors()[1][0])
        .as("item 1's posterior for class 0 after one round, starting from the vote shares (item 1: 0.5, 0.5)")
        .isCloseTo(125.0 / 174, within(1e-12));
  }

  @Test
  @Tag("task:3")
  @DisplayName("an item nobody labelled starts uniform, and its posterior is then the priors")
  void unlabelledItemStartsUniform() {
    // Starts: item 0 (1, 0), item 1 (0.5, 0.5), item 2 with no label (0.5, 0.5), not 0/0.
    // Priors after one round: (1 + 0.5 + 0.5) / 3 = 2/3 and 1/3. No label leaves item 2 at the priors.
    Estimate estimate = DawidSkene.fit(new int[][] {{0, 0}, {0, 1}, {NONE, NONE}}, 2, 1, 1.0);
    assertThat(estimate.priors())
        .as("priors after one round from starts (1, 0), (0.5, 0.5) and the unlabelled item's uniform (0.5, 0.5)")
        .containsExactly(new double[] {2.0 / 3, 1.0 / 3}, within(1e-12));
    assertThat(estimate.posteriors()[2])
        .as("posterior of the item no annotator labelled: nothing moves it away from the priors")
        .containsExactly(new double[] {2.0 / 3, 1.0 / 3}, within(1e-12));
  }

  @Test
  @Tag("task:3")
  @DisplayName("EM recovers the known confusion matrices: two reliable annotators and one who swaps")
  void recoversSwapper() {
    Estimate estimate = DawidSkene.fit(SWAPPER, 2, 50, 0.01);
    assertThat(estimate.confusions()[2][0][1])
        .as("annotator 2 says 1 when the truth is 0 (a swap): estimated chance")
        .isGreaterThan(0.95);
    assertThat(estimate.confusions()[2][1][0])
        .as("annotator 2 says 0 when the truth is 1: estimated chance")
        .isGreaterThan(0.95);
    assertThat(estimate.confusions()[0][0][0])
        .as("annotator 0 is right on class 0: estimated chance")
        .isGreaterThan(0.95);
    for (int i = 0; i < SWAPPER.length; i++) {
      int truth = i < 5 ? 0 : 1;
      assertThat(estimate.posteriors()[i][truth])
          .as("item %d's posterior for its true class %d", i, truth)
          .isGreaterThan(0.95);
    }
    assertThat(estimate.priors()[0])
        .as("prior of class 0: 5 of 8 items")
        .isCloseTo(5.0 / 8, within(0.01));
  }

  @Test
  @Tag("task:3")
  @DisplayName("with missing labels every estimate stays a finite probability above zero")
  void noNaNWithGaps() {
    int[][] labels = {{0, 0, NONE}, {0, NONE, 0}, {1, 1, NONE}, {NONE, 1, NONE}};
    Estimate estimate = DawidSkene.fit(labels, 2, 20, 0.01);
    for (double[][] confusion : estimate.confusions()) {
      for (double[] row : confusion) {
        for (double p : row) {
          assertThat(p)
              .as("a confusion cell, with annotator 2 never labelling a class-1 item: smoothing keeps it in (0, 1]")
              .isFinite()
              .isPositive();
        }
      }
    }
    for (double[] t : estimate.posteriors()) {
      assertThat(t[0] + t[1]).as("a posterior's sum").isCloseTo(1.0, within(1e-9));
    }
  }
}
