package cascadekit.ch05;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("05.class-weights: balanced weights, balanced accuracy, stratified samples")
class ClassWeightsTest {
  @Test
  @Tag("task:1")
  @DisplayName("balanced weights are n / (k * n_j)")
  void balancedWeights() {
    Map<String, Double> weights = ClassWeights.balanced(labels(6, "pos", 3, "neu", 1, "neg"));
    assertThat(weights.get("neg"))
        .as("weight of neg: 10 / (3 * 1); 1.0 means 1 / n_j, 3.0 an int division")
        .isCloseTo(10.0 / 3, within(1e-12));
    assertThat(weights.get("neu")).as("weight of neu: 10 / (3 * 3)").isCloseTo(10.0 / 9, within(1e-12));
    assertThat(weights.get("pos")).as("weight of pos: 10 / (3 * 6)").isCloseTo(10.0 / 18, within(1e-12));
    assertThat(weights).as("one weight per class present, no more").hasSize(3);
  }

  @Test
  @Tag("task:1")
  @DisplayName("weighted, every class adds up to the same total, n / k")
  void balancedTotals() {
    List<String> labels = labels(7, "pos", 2, "neu", 1, "neg");
    Map<String, Double> weights = ClassWeights.balanced(labels);
    assertThat(7 * weights.get("pos")).as("7 pos x their weight: 10 / 3").isCloseTo(10.0 / 3, within(1e-12));
    assertThat(1 * weights.get("neg")).as("1 neg x its weight: 10 / 3").isCloseTo(10.0 / 3, within(1e-12));
  }

  @Test
  @Tag("task:2")
  @DisplayName("always predicting the majority class scores 0.8 accuracy but 0.5 balanced accuracy")
  void majorityBaseline() {
    List<String> actual = labels(8, "pos", 2, "neg", 0, "neu");
    List<String> predicted = Collections.nCopies(10, "pos");
    assertThat(ClassWeights.balancedAccuracy(actual, predicted))
        .as("balancedAccuracy: recall pos 8/8, neg 0/2, mean 0.5; 0.8 is plain accuracy")
        .isCloseTo(0.5, within(1e-12));
  }

  @Test
  @Tag("task:2")
  @DisplayName("balanced accuracy averages the recall of every true class, including one never predicted right")
  void threeClasses() {
    List<String> actual = List.of("pos", "pos", "pos", "pos", "neu", "neu", "neg");
    List<String> predicted = List.of("pos", "pos", "pos", "neu", "neu", "pos", "pos");
    assertThat(ClassWeights.balancedAccuracy(actual, predicted))
        .as("balancedAccuracy: recall pos 3/4, neu 1/2, neg 0/1; mean (0.75 + 0.5 + 0) / 3")
        .isCloseTo(1.25 / 3, within(1e-12));
  }

  @Test
  @Tag("task:2")
  @DisplayName("a prediction read at run time is right when its text equals the label")
  void predictionsBuiltAtRunTime() {
    List<String> actual = List.of("pos", "pos", "pos", "neg");
    List<String> predicted = List.of("pos,pos,neg,neg".split(","));
    assertThat(ClassWeights.balancedAccuracy(actual, predicted))
        .as("balancedAccuracy([pos, pos, pos, neg], predictions split from \"pos,pos,neg,neg\"): recall pos 2/3,"
            + " neg 1/1; 0 means the labels were compared with == instead of equals")
        .isCloseTo((2.0 / 3 + 1) / 2, within(1e-12));
  }

  @Test
  @Tag("task:2")
  @DisplayName("misaligned lists are refused")
  void misaligned() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .as("balancedAccuracy(1 label, 0 predictions) must throw IllegalArgumentException")
        .isThrownBy(() -> ClassWeights.balancedAccuracy(List.of("pos"), List.of()));
  }

  @Test
  @Tag("task:3")
  @DisplayName("quotas that divide evenly are taken as they are")
  void evenQuotas() {
    assertThat(ClassWeights.stratifiedCounts(labels(6, "pos", 3, "neu", 1, "neg"), 10))
        .as("stratifiedCounts of 6/3/1 at size 10: every example")
        .containsExactly(Map.entry("neg", 1), Map.entry("neu", 3), Map.entry("pos", 6));
  }

  @Test
  @Tag("task:3")
  @DisplayName("the counts add up to the size: largest remainder, not rounding each quota")
  void largestRemainder() {
    assertThat(ClassWeights.stratifiedCounts(labels(5, "pos", 3, "neu", 2, "neg"), 5))
        .as("stratifiedCounts of 5/3/2 at size 5: quotas 2.5, 1.5, 1.0, floors 2, 1, 1;"
            + " the free seat ties at 0.5 between neu and pos and goes to neu (sorts first);"
            + " rounding each quota gives 3 + 2 + 1 = 6")
        .containsExactly(Map.entry("neg", 1), Map.entry("neu", 2), Map.entry("pos", 2));
  }

  @Test
  @Tag("task:3")
  @DisplayName("the free seats go to the largest remainders")
  void rareClassKeepsSeat() {
    assertThat(ClassWeights.stratifiedCounts(labels(14, "pos", 4, "neu", 2, "neg"), 4))
        .as("stratifiedCounts of 14/4/2 at size 4: quotas 2.8, 0.8, 0.4, floors 2, 0, 0;"
            + " the two free seats go to pos (0.8) and neu (0.8)")
        .containsExactly(Map.entry("neg", 0), Map.entry("neu", 1), Map.entry("pos", 3));
  }

  @Test
  @Tag("task:3")
  @DisplayName("a sample of 0 takes nothing from any class, and a negative size is refused")
  void emptyAndNegativeSample() {
    assertThat(ClassWeights.stratifiedCounts(labels(2, "pos", 1, "neg", 0, "neu"), 0))
        .as("stratifiedCounts(3 labels, size 0): 0 is allowed (not below 0) and takes 0 of each class")
        .containsExactly(Map.entry("neg", 0), Map.entry("pos", 0));
    assertThatExceptionOfType(IllegalArgumentException.class)
        .as("stratifiedCounts(3 labels, size -1) must throw IllegalArgumentException")
        .isThrownBy(() -> ClassWeights.stratifiedCounts(labels(2, "pos", 1, "neg", 0, "neu"), -1));
  }

  @Test
  @Tag("task:3")
  @DisplayName("a sample larger than the data is refused")
  void tooLarge() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .as("stratifiedCounts(3 labels, size 4) must throw IllegalArgumentException")
        .isThrownBy(() -> ClassWeights.stratifiedCounts(labels(2, "pos", 1, "neg", 0, "neu"), 4));
  }

  /** Returns a list the code under test could change: {@code a} x first, {@code b} x second, ... */
  private static List<String> labels(int a, String first, int b, String second, int c, String third) {
    List<String> labels = new ArrayList<>();
    labels.addAll(Collections.nCopies(a, first));
    labels.addAll(Collections.nCopies(b, second));
    labels.addAll(Collections.nCopies(c, third));
    return labels;
  }
}
