package cascadekit.ch07;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import cascadekit.ch07.TimeSeriesSplit.Fold;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Expected folds worked out from scikit-learn's documented formulas and its docstring examples. */
@DisplayName("07.time-series-split: the folds of scikit-learn's TimeSeriesSplit, with gap and max_train_size")
class TimeSeriesSplitTest {
  private static Fold fold(int trainStart, int trainEnd, int testStart, int testEnd) {
    return new Fold(trainStart, trainEnd, testStart, testEnd);
  }

  @Test
  @Tag("task:1")
  @DisplayName("test windows of n // (splits + 1) rows end at the last row; the first training set gets the remainder")
  void defaults() {
    // 10 // 4 = 2 rows per window; windows start at 10 - 3 * 2 = 4
    assertThat(TimeSeriesSplit.folds(10, 3))
        .as("folds(10, 3): test windows [4,6) [6,8) [8,10), train everything before each")
        .containsExactly(fold(0, 4, 4, 6), fold(0, 6, 6, 8), fold(0, 8, 8, 10));
    // 7 // 3 = 2; windows start at 7 - 2 * 2 = 3
    assertThat(TimeSeriesSplit.folds(7, 2)).as("folds(7, 2): windows [3,5) [5,7)")
        .containsExactly(fold(0, 3, 3, 5), fold(0, 5, 5, 7));
  }

  @Test
  @Tag("task:1")
  @DisplayName("scikit-learn's docstring example: 6 rows, 5 splits")
  void docstringExample() {
    assertThat(TimeSeriesSplit.folds(6, 5)).as("folds(6, 5): train [0..i], test [i+1], as the scikit-learn docs print")
        .containsExactly(fold(0, 1, 1, 2), fold(0, 2, 2, 3), fold(0, 3, 3, 4), fold(0, 4, 4, 5), fold(0, 5, 5, 6));
  }

  @Test
  @Tag("task:2")
  @DisplayName("the gap comes off the end of each training set; the test windows do not move or shrink")
  void gap() {
    // scikit-learn's docstring: 12 rows, n_splits=3, test_size=2, gap=2
    assertThat(TimeSeriesSplit.folds(12, 3, 0, 2, 2))
        .as("folds(12, 3, test_size 2, gap 2): train [0,4) test [6,8), as the scikit-learn docs print")
        .containsExactly(fold(0, 4, 6, 8), fold(0, 6, 8, 10), fold(0, 8, 10, 12));
    // default test size 10 // 4 = 2, with a gap of 1
    assertThat(TimeSeriesSplit.folds(10, 3, 0, 0, 1)).as("folds(10, 3, default test size, gap 1)")
        .containsExactly(fold(0, 3, 4, 6), fold(0, 5, 6, 8), fold(0, 7, 8, 10));
  }

  @Test
  @Tag("task:2")
  @DisplayName("a test size leaves the windows at n - splits * testSize, the earliest training set as small as one row")
  void testSize() {
    // 10 - 3 * 3 = 1 > 0: allowed, windows start at 1, 4, 7
    assertThat(TimeSeriesSplit.folds(10, 3, 0, 3, 0)).as("folds(10, 3, test_size 3, gap 0)")
        .containsExactly(fold(0, 1, 1, 4), fold(0, 4, 4, 7), fold(0, 7, 7, 10));
  }

  @Test
  @Tag("task:3")
  @DisplayName("max_train_size keeps the most recent rows of a longer training set")
  void maxTrainSize() {
    assertThat(TimeSeriesSplit.folds(10, 3, 3, 0, 0)).as("folds(10, 3, max_train_size 3): the 3 rows before each window")
        .containsExactly(fold(1, 4, 4, 6), fold(3, 6, 6, 8), fold(5, 8, 8, 10));
    assertThat(TimeSeriesSplit.folds(10, 3, 4, 0, 0)).as("folds(10, 3, max_train_size 4): a training set of exactly 4 is kept whole")
        .containsExactly(fold(0, 4, 4, 6), fold(2, 6, 6, 8), fold(4, 8, 8, 10));
  }

  @Test
  @Tag("task:3")
  @DisplayName("max_train_size and gap together: the gap first, then the most recent rows")
  void maxTrainSizeWithGap() {
    assertThat(TimeSeriesSplit.folds(12, 3, 5, 2, 2)).as("folds(12, 3, max_train_size 5, test_size 2, gap 2)")
        .containsExactly(fold(0, 4, 6, 8), fold(1, 6, 8, 10), fold(3, 8, 10, 12));
  }

  @Test
  @Tag("task:4")
  @DisplayName("more folds than rows is refused in scikit-learn's words; exactly as many is allowed")
  void tooFewSamples() {
    assertThatIllegalArgumentException().as("folds(3, 3): 4 folds from 3 rows")
        .isThrownBy(() -> TimeSeriesSplit.folds(3, 3))
        .withMessageContaining("folds=4").withMessageContaining("samples=3");
    assertThat(TimeSeriesSplit.folds(4, 3)).as("folds(4, 3): 4 folds from 4 rows is allowed")
        .containsExactly(fold(0, 1, 1, 2), fold(0, 2, 2, 3), fold(0, 3, 3, 4));
  }

  @Test
  @Tag("task:4")
  @DisplayName("no training row left before the first window is refused, naming splits, samples, test_size and gap")
  void tooManySplits() {
    // 10 - 1 - 3 * 3 = 0: the first training set would be empty
    assertThatIllegalArgumentException().as("folds(10, 3, test_size 3, gap 1): 10 - 1 - 9 = 0 rows to train on")
        .isThrownBy(() -> TimeSeriesSplit.folds(10, 3, 0, 3, 1))
        .withMessageContaining("splits=3").withMessageContaining("samples=10")
        .withMessageContaining("test_size=3").withMessageContaining("gap=1");
  }

  @Test
  @Tag("task:4")
  @DisplayName("fewer than 2 splits and negative sizes are refused, naming the argument")
  void badArguments() {
    assertThatIllegalArgumentException().as("folds(10, 1): the message names the argument splits")
        .isThrownBy(() -> TimeSeriesSplit.folds(10, 1))
        .withMessageContaining("splits");
    assertThatIllegalArgumentException().as("folds(10, 3, 0, 0, -1): the message names the argument gap")
        .isThrownBy(() -> TimeSeriesSplit.folds(10, 3, 0, 0, -1)).withMessageContaining("gap");
    assertThatIllegalArgumentException().as("folds(10, 3, 0, -2, 0): the message names the argument testSize")
        .isThrownBy(() -> TimeSeriesSplit.folds(10, 3, 0, -2, 0)).withMessageContaining("testSize");
    assertThatIllegalArgumentException().as("folds(10, 3, -3, 0, 0): the message names the argument maxTrainSize")
        .isThrownBy(() -> TimeSeriesSplit.folds(10, 3, -3, 0, 0)).withMessageContaining("maxTrainSize");
  }
}
