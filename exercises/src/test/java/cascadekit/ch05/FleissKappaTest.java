package cascadekit.ch05;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("05.fleiss-kappa: agreement of many raters")
class FleissKappaTest {
  // Source: the worked example of Wikipedia's "Fleiss' kappa" article (10 subjects, 14 raters,
  // 5 categories), an illustration of the method of Fleiss (1971), not data from that paper.
  // Given there: P-bar = 0.378, P_e = 0.213, kappa = 0.210.
  private static final int[][] WIKIPEDIA = {
    {0, 0, 0, 0, 14},
    {0, 2, 6, 4, 2},
    {0, 0, 3, 5, 6},
    {0, 3, 9, 2, 0},
    {2, 2, 8, 1, 1},
    {7, 7, 0, 0, 0},
    {3, 2, 6, 3, 0},
    {2, 5, 3, 2, 2},
    {6, 5, 2, 1, 0},
    {0, 2, 2, 3, 7}
  };

  // Worked by hand: 3 items, 3 raters. P_i = 1, 1, (4 + 1 - 3) / 6 = 1/3, so P-bar = 7/9.
  // p = (5/9, 4/9), P_e = 25/81 + 16/81 = 41/81; kappa = (63/81 - 41/81) / (40/81) = 0.55.
  private static final int[][] SMALL = {{3, 0}, {0, 3}, {2, 1}};

  @Test
  @Tag("task:1")
  @DisplayName("an item all raters put in one category has agreement 1")
  void unanimousItem() {
    assertThat(FleissKappa.itemAgreement(new int[] {0, 0, 0, 0, 14}))
        .as("itemAgreement([0, 0, 0, 0, 14]): (196 - 14) / (14 * 13)")
        .isCloseTo(1.0, within(1e-12));
  }

  @Test
  @Tag("task:1")
  @DisplayName("a split item's agreement is the share of rater pairs that agree")
  void splitItem() {
    assertThat(FleissKappa.itemAgreement(new int[] {0, 2, 6, 4, 2}))
        .as("itemAgreement([0, 2, 6, 4, 2]): (60 - 14) / 182, the example's P_2 = 0.253;"
            + " forgetting '- n' gives 60/182 = 0.330, and 0.0 means int division")
        .isCloseTo(46.0 / 182, within(1e-12));
    assertThat(FleissKappa.itemAgreement(new int[] {2, 1}))
        .as("itemAgreement([2, 1]): 1 agreeing pair of 3, so (4 + 1 - 3) / (3 * 2) = 1/3")
        .isCloseTo(1.0 / 3, within(1e-12));
  }

  @Test
  @Tag("task:1")
  @DisplayName("an item with exactly 2 ratings has one pair, and is accepted")
  void twoRatings() {
    assertThat(FleissKappa.itemAgreement(new int[] {1, 1}))
        .as("itemAgreement([1, 1]): 2 ratings are at least 2; the one pair disagrees, (2 - 2) / (2 * 1)")
        .isCloseTo(0.0, within(1e-12));
    assertThat(FleissKappa.itemAgreement(new int[] {0, 2}))
        .as("itemAgreement([0, 2]): the one pair agrees, (4 - 2) / (2 * 1)")
        .isCloseTo(1.0, within(1e-12));
  }

  @Test
  @Tag("task:1")
  @DisplayName("an item with a single rating has no pair and is refused")
  void singleRating() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .as("itemAgreement([1, 0]): n (n - 1) = 0; must throw IllegalArgumentException")
        .isThrownBy(() -> FleissKappa.itemAgreement(new int[] {1, 0}));
  }

  @Test
  @Tag("task:2")
  @DisplayName("chance agreement of the published example is 0.213")
  void chanceOfWikipedia() {
    assertThat(FleissKappa.chanceAgreement(WIKIPEDIA))
        .as("chanceAgreement of the 10 x 14 table at the top of this test (Wikipedia's example): p_j = 20, 28, 39,"
            + " 21, 32 of N x n = 140 ratings, squared and summed; 0.200 is 1/k (uniform, wrong), 0.422 is the mean"
            + " of each item's squared shares (wrong), a value above 1 means dividing by N instead of N x n")
        .isCloseTo(0.2127551, within(1e-6));
  }

  @Test
  @Tag("task:2")
  @DisplayName("chance agreement uses the category shares of all ratings")
  void chanceOfSmall() {
    assertThat(FleissKappa.chanceAgreement(SMALL))
        .as("chanceAgreement({{3, 0}, {0, 3}, {2, 1}}): shares 5/9 and 4/9, so 25/81 + 16/81")
        .isCloseTo(41.0 / 81, within(1e-12));
  }

  @Test
  @Tag("task:3")
  @DisplayName("Fleiss' kappa of the published example is 0.210")
  void kappaOfWikipedia() {
    assertThat(FleissKappa.kappa(WIKIPEDIA))
        .as("kappa of the table at the top of this test: (0.378 - 0.213) / (1 - 0.213); 0.378 means P-bar was returned uncorrected")
        .isCloseTo(0.2099307, within(1e-6));
  }

  @Test
  @Tag("task:3")
  @DisplayName("Fleiss' kappa of a small panel worked by hand is 0.55")
  void kappaOfSmall() {
    assertThat(FleissKappa.kappa(SMALL))
        .as("kappa({{3, 0}, {0, 3}, {2, 1}}): P-bar 7/9, P_e 41/81, so 22/40")
        .isCloseTo(0.55, within(1e-12));
  }

  @Test
  @Tag("task:3")
  @DisplayName("items with different numbers of ratings are refused")
  void unequalRaters() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .as("kappa({{2, 1}, {1, 1}}): 3 ratings then 2; must throw IllegalArgumentException")
        .isThrownBy(() -> FleissKappa.kappa(new int[][] {{2, 1}, {1, 1}}));
  }
}
