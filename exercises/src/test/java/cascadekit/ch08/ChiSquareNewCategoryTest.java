package cascadekit.ch08;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("08.chi-square-new-category: chi-square on a category the reference never had")
class ChiSquareNewCategoryTest {
  private static final Map<String, Long> LAST_YEAR = Map.of("walk-in", 50L, "referral", 50L);
  private static final Map<String, Long> THIS_MONTH = Map.of("walk-in", 40L, "referral", 40L, "telehealth", 20L);
  private final ChiSquareTest commonsMath = new ChiSquareTest();

  @Test
  @Tag("task:1")
  @DisplayName("the table has every category of either side, sorted, with 0 where a side lacks one")
  void tableOverTheUnion() {
    ChiSquareNewCategory.Table table = ChiSquareNewCategory.table(LAST_YEAR, THIS_MONTH);
    assertThat(table.categories()).as("categories of the table: the union, sorted; the new one must not be dropped")
        .containsExactly("referral", "telehealth", "walk-in");
    assertThat(table.reference()).as("reference counts in category order").containsExactly(50, 0, 50);
    assertThat(table.current()).as("current counts in category order").containsExactly(40, 20, 40);
  }

  @Test
  @Tag("task:2")
  @DisplayName("a new category gives a large but finite statistic: 22.222 for the example")
  void statisticWithNewCategory() {
    // Totals 100 and 100; columns 90, 20, 90; expected 45, 10, 45 on both sides.
    // Reference: 25/45 + 100/10 + 25/45; current: the same. 2 x 11.111 = 22.222.
    // Goodness of fit against reference shares would divide by an expected 0: Infinity.
    assertThat(ChiSquareNewCategory.statistic(LAST_YEAR, THIS_MONTH))
        .as("statistic of (50, 0, 50) against (40, 20, 40): expected counts from the pooled columns")
        .isCloseTo(200.0 / 9, within(1e-9));
  }

  @Test
  @Tag("task:2")
  @DisplayName("samples of different sizes and a category gone from the current side match Commons Math")
  void statisticMatchesCommonsMath() {
    Map<String, Long> reference = Map.of("A", 1000L, "B", 980L, "C", 1020L);
    Map<String, Long> current = Map.of("A", 330L, "B", 470L, "D", 200L);
    // categories A, B, C, D
    long[] r = {1000, 980, 1020, 0};
    long[] c = {330, 470, 0, 200};
    assertThat(ChiSquareNewCategory.statistic(reference, current))
        .as("statistic of 3,000 reference rows against 1,000 current ones; C vanished, D is new")
        .isCloseTo(commonsMath.chiSquareDataSetsComparison(r, c), within(1e-6));
  }

  @Test
  @Tag("task:3")
  @DisplayName("the p-value is the chi-square upper tail with categories - 1 degrees of freedom")
  void pValue() {
    assertThat(ChiSquareNewCategory.pValue(LAST_YEAR, THIS_MONTH))
        .as("pValue of the example (3 categories, df 2); Commons Math's two-sample test agrees")
        .isCloseTo(commonsMath.chiSquareTestDataSetsComparison(new long[] {50, 0, 50}, new long[] {40, 20, 40}), within(1e-12))
        .isCloseTo(1.4945e-5, within(1e-8));
  }

  @Test
  @Tag("task:3")
  @DisplayName("a category gone from the current side still counts in the degrees of freedom")
  void pValueWhenACategoryDisappears() {
    // categories A, B, C: df 2, though the current side has only A and B
    Map<String, Long> current = Map.of(new String("A"), 50L, new String("B"), 50L);
    assertThat(ChiSquareNewCategory.pValue(Map.of("A", 40L, "B", 40L, "C", 20L), current))
        .as("pValue of (40, 40, 20) against (50, 50, 0): 3 categories in all, so df 2, not the current side's 2 - 1")
        .isCloseTo(commonsMath.chiSquareTestDataSetsComparison(new long[] {40, 40, 20}, new long[] {50, 50, 0}), within(1e-12));
  }

  @Test
  @Tag("task:3")
  @DisplayName("two samples with the same shares have a p-value of 1")
  void sameShares() {
    assertThat(ChiSquareNewCategory.pValue(Map.of("A", 30L, "B", 10L), Map.of("A", 300L, "B", 100L)))
        .as("pValue of (30, 10) against (300, 100): the same shares, statistic 0")
        .isCloseTo(1.0, within(1e-12));
  }
}
