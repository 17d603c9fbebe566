package cascadekit.ch01;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("01.cascade-cost: the cost of a defect, row by row")
class CascadeCostTest {
  // The example from the exercise text: clean gets rows 0, 1, 2 right; defective only row 0.
  private static final List<String> ACTUAL = List.of("A", "A", "G", "G");
  private static final List<String> CLEAN = List.of("A", "A", "G", "A");
  private static final List<String> DEFECTIVE = List.of("A", "G", "A", "A");

  // Ten rows worked by hand: clean is right on 8, defective on 5; the defect breaks rows
  // 1, 2, 6 and 8 and fixes row 5, so 4 - 1 = 3 rows net, 30 points.
  private static final List<String> ACTUAL_10 = List.of("A", "A", "G", "G", "C", "C", "A", "G", "C", "A");
  private static final List<String> CLEAN_10 = List.of("A", "A", "G", "A", "C", "G", "A", "G", "C", "A");
  private static final List<String> DEFECTIVE_10 = List.of("A", "G", "A", "A", "C", "C", "C", "G", "A", "A");

  @Test
  @Tag("task:1")
  @DisplayName("3 of 4 right before and 1 of 4 after cost 50 percentage points")
  void costOfTheExample() {
    assertThat(CascadeCost.costInPoints(ACTUAL, CLEAN, DEFECTIVE))
        .as("costInPoints: accuracy 0.75 before, 0.25 after; in points, not as a share (0.5)")
        .isCloseTo(50.0, within(1e-9));
  }

  @Test
  @Tag("task:1")
  @DisplayName("a defect that raised accuracy has a negative cost")
  void negativeCost() {
    List<String> actual = List.of("A", "G", "G");
    List<String> clean = List.of("A", "A", "A");
    List<String> defective = List.of("A", "G", "G");
    assertThat(CascadeCost.costInPoints(actual, clean, defective))
        .as("costInPoints: 1 of 3 right before, 3 of 3 after, so (1/3 - 3/3) x 100 = -66.67;"
            + " keep the sign (clean - defective) and compute in double, not int")
        .isCloseTo(-200.0 / 3, within(1e-9));
  }

  @Test
  @Tag("task:1")
  @DisplayName("prediction lists that do not line up with the labels are refused")
  void misaligned() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .as("costInPoints(4 labels, 4 clean and 2 defective predictions) must throw IllegalArgumentException")
        .isThrownBy(() -> CascadeCost.costInPoints(ACTUAL, CLEAN, List.of("A", "G")));
  }

  @Test
  @Tag("task:1")
  @DisplayName("empty lists are refused instead of giving NaN")
  void empty() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .as("costInPoints([], [], []) must throw IllegalArgumentException: 0/0 has no accuracy")
        .isThrownBy(() -> CascadeCost.costInPoints(List.of(), List.of(), List.of()));
  }

  @Test
  @Tag("task:2")
  @DisplayName("broken rows are right before and wrong after; rows wrong both times are not broken")
  void brokenRows() {
    assertThat(CascadeCost.broken(ACTUAL, CLEAN, DEFECTIVE))
        .as("broken(%s, %s, %s): row 3 was already wrong under the clean model", ACTUAL, CLEAN, DEFECTIVE)
        .containsExactly(1, 2);
  }

  @Test
  @Tag("task:2")
  @DisplayName("when the defect changes no prediction, nothing is broken")
  void nothingBroken() {
    assertThat(CascadeCost.broken(ACTUAL, CLEAN, CLEAN))
        .as("broken with identical clean and defective predictions")
        .isEmpty();
  }

  @Test
  @Tag("task:2")
  @DisplayName("prediction lists that do not line up with the labels are refused here too")
  void brokenMisaligned() {
    List<String> fiveDefective = List.of("A", "G", "A", "A", "G");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .as("broken(4 labels, 4 clean and 5 defective predictions) must throw IllegalArgumentException")
        .isThrownBy(() -> CascadeCost.broken(ACTUAL, CLEAN, fiveDefective));
  }

  @Test
  @Tag("task:2")
  @DisplayName("broken rows of a ten-row set come back as row numbers, ascending")
  void brokenRowsOfTen() {
    assertThat(CascadeCost.broken(ACTUAL_10, CLEAN_10, DEFECTIVE_10))
        .as("broken rows of the ten-row fixture (0-based)")
        .containsExactly(1, 2, 6, 8);
  }

  @Test
  @Tag("task:3")
  @DisplayName("fixed rows are wrong before and right after")
  void fixedRows() {
    assertThat(CascadeCost.fixed(List.of("A", "G"), List.of("A", "A"), List.of("G", "G")))
        .as("fixed([A, G], clean [A, A], defective [G, G]): row 1 went from wrong to right; row 0 went the other way")
        .containsExactly(1);
  }

  @Test
  @Tag("task:3")
  @DisplayName("the cost equals broken minus fixed rows, over all rows, in points")
  void costIsBrokenMinusFixed() {
    List<Integer> broken = CascadeCost.broken(ACTUAL_10, CLEAN_10, DEFECTIVE_10);
    List<Integer> fixed = CascadeCost.fixed(ACTUAL_10, CLEAN_10, DEFECTIVE_10);
    assertThat(fixed).as("fixed rows of the ten-row fixture").containsExactly(5);
    assertThat(100.0 * (broken.size() - fixed.size()) / ACTUAL_10.size())
        .as("(broken - fixed) / rows x 100 must equal costInPoints")
        .isCloseTo(CascadeCost.costInPoints(ACTUAL_10, CLEAN_10, DEFECTIVE_10), within(1e-9))
        .isCloseTo(30.0, within(1e-9));
  }
}
