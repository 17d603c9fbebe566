package cascadekit.ch07;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import cascadekit.ch07.TrainOnlyScaler.Fitted;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("07.train-only-scaler: a median imputer and a standard scaler fitted on training rows only")
class TrainOnlyScalerTest {
  /** Incomes in thousands; null is missing. */
  private static List<Double> train() {
    return Arrays.asList(1.0, 3.0, null, 5.0, 7.0);
  }

  private static List<Double> test() {
    return Arrays.asList(8.0, null, 0.0, 4.0);
  }

  @Test
  @Tag("task:1")
  @DisplayName("the median of the values present, then mean and population sd of the filled column")
  void fit() {
    Fitted fitted = TrainOnlyScaler.fit(train());
    assertThat(fitted.median()).as("median of [1, 3, 5, 7] (the two middle ones, 3 and 5, averaged)").isCloseTo(4.0, within(1e-12));
    assertThat(fitted.mean()).as("mean of the filled [1, 3, 4, 5, 7]").isCloseTo(4.0, within(1e-12));
    assertThat(fitted.sd())
        .as("sd of the filled [1, 3, 4, 5, 7]: sqrt(20 / 5) = 2; sqrt(20 / 4) = 2.236 is the sample sd, or the sd before filling")
        .isCloseTo(2.0, within(1e-12));
  }

  @Test
  @Tag("task:1")
  @DisplayName("the filled value counts in the mean, and an odd count has one middle value")
  void fitOdd() {
    Fitted fitted = TrainOnlyScaler.fit(Arrays.asList(2.0, null, 10.0, 4.0));
    assertThat(fitted.median()).as("median of [2, 10, 4]").isCloseTo(4.0, within(1e-12));
    assertThat(fitted.mean()).as("mean of the filled [2, 4, 10, 4]; 5.333 is the mean of the values present only")
        .isCloseTo(5.0, within(1e-12));
    assertThat(fitted.sd()).as("sd of the filled [2, 4, 10, 4]: sqrt(36 / 4)").isCloseTo(3.0, within(1e-12));
  }

  @Test
  @Tag("task:1")
  @DisplayName("the training list keeps its order, and a list with no value present is refused")
  void inputAndRefusal() {
    List<Double> unsorted = Arrays.asList(7.0, 1.0, null, 5.0, 3.0);
    assertThat(TrainOnlyScaler.fit(unsorted).median()).as("median of [7, 1, 5, 3]").isCloseTo(4.0, within(1e-12));
    assertThat(unsorted).as("the training list after fit: sort a copy").containsExactly(7.0, 1.0, null, 5.0, 3.0);
    assertThatIllegalArgumentException().as("fit([null, null])").isThrownBy(() -> TrainOnlyScaler.fit(Arrays.asList(null, null)));
  }

  @Test
  @Tag("task:2")
  @DisplayName("transform fills with the median and scales; a sd of 0 scales by 1")
  void transform() {
    assertThat(TrainOnlyScaler.transform(new Fitted(4, 4, 2), test()))
        .as("transform(median 4, mean 4, sd 2; [8, null, 0, 4])").containsExactly(new double[] {2, 0, -2, 0}, within(1e-12));
    assertThat(TrainOnlyScaler.transform(new Fitted(5, 5, 0), Arrays.asList(7.0, null)))
        .as("transform(median 5, mean 5, sd 0; [7, null]): StandardScaler divides by 1, not 0")
        .containsExactly(new double[] {2, 0}, within(1e-12));
  }

  @Test
  @Tag("task:2")
  @DisplayName("the test values are scaled with what the training values alone give")
  void scaleTest() {
    // fitted on all 9 rows the sd would be sqrt(52 / 9) = 2.404, and 8 would become 1.664
    assertThat(TrainOnlyScaler.scaleTest(train(), test()))
        .as("scaleTest([1, 3, null, 5, 7], [8, null, 0, 4]): median 4, mean 4, sd 2 from training only")
        .containsExactly(new double[] {2, 0, -2, 0}, within(1e-12));
  }

  @Test
  @Tag("task:3")
  @DisplayName("the audit names each stored statistic a fit on the training rows alone does not give")
  void leaked() {
    assertThat(TrainOnlyScaler.leaked(new Fitted(4, 4, 2), train())).as("leaked(4, 4, 2): fitted on training only").isEmpty();
    assertThat(TrainOnlyScaler.leaked(new Fitted(4, 4, Math.sqrt(52.0 / 9)), train()))
        .as("leaked(4, 4, 2.404): the sd of all 9 rows, training and test").containsExactly("sd");
    assertThat(TrainOnlyScaler.leaked(new Fitted(4, 5, 2), train())).as("leaked(4, 5, 2)").containsExactly("mean");
    assertThat(TrainOnlyScaler.leaked(new Fitted(6, 8.5, 3), train())).as("leaked(6, 8.5, 3)")
        .containsExactly("median", "mean", "sd");
    assertThat(TrainOnlyScaler.leaked(new Fitted(4 + 1e-12, 4, 2 - 1e-12), train()))
        .as("leaked(4 + 1e-12, 4, 2 - 1e-12): rounding is not a leak").isEmpty();
  }

  @Test
  @Tag("task:3")
  @DisplayName("a difference of exactly 1e-9 is not a leak, only more")
  void leakedAtTheTolerance() {
    // training [0, 0]: median 0, mean 0, sd 0, so each difference below is exactly 1e-9
    assertThat(TrainOnlyScaler.leaked(new Fitted(1e-9, 1e-9, 1e-9), Arrays.asList(0.0, 0.0)))
        .as("leaked(1e-9, 1e-9, 1e-9) against a fit of [0, 0]: more than 1e-9 is a leak, 1e-9 is not").isEmpty();
    assertThat(TrainOnlyScaler.leaked(new Fitted(2e-9, 2e-9, 2e-9), Arrays.asList(0.0, 0.0)))
        .as("leaked(2e-9, 2e-9, 2e-9) against a fit of [0, 0]").containsExactly("median", "mean", "sd");
  }
}
