package cascadekit.ch03;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import cascadekit.ch03.Coverage.Cell;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("03.coverage: coverage per slice and the slices below a threshold")
class CoverageTest {
  /** Biscoe 6 rows, all with a value; Torgersen 4 rows, 2 with a value: overall 8 of 10. */
  private static List<Cell> islands() {
    List<Cell> cells = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      cells.add(new Cell("Biscoe", 8.0 + i / 10.0));
    }
    cells.add(new Cell("Torgersen", null));
    cells.add(new Cell("Torgersen", 8.9));
    cells.add(new Cell("Torgersen", null));
    cells.add(new Cell("Torgersen", 9.1));
    return cells;
  }

  @Test
  @Tag("task:1")
  @DisplayName("each slice's completeness is its rows with a value over its rows")
  void perSlice() {
    assertThat(Coverage.perSlice(islands()))
        .as("perSlice: Biscoe 6 of 6, Torgersen 2 of 4, sorted by slice")
        .containsExactly(entry("Biscoe", 1.0), entry("Torgersen", 0.5));
  }

  @Test
  @Tag("task:1")
  @DisplayName("a slice without any value shows as 0.0, not as absent")
  void emptySliceShows() {
    List<Cell> cells = List.of(new Cell("Dream", null), new Cell("Biscoe", 7.7), new Cell("Dream", null));
    assertThat(Coverage.perSlice(cells))
        .as("perSlice: Dream has 2 rows and no value; it is the slice to flag, so it must appear")
        .containsExactly(entry("Biscoe", 1.0), entry("Dream", 0.0));
  }

  @Test
  @Tag("task:2")
  @DisplayName("overall completeness weighs slices by their rows: 8/10, not the mean 0.75")
  void overallIsWeighted() {
    assertThat(Coverage.overall(islands()))
        .as("overall: 8 values in 10 rows; 0.75 is the unweighted mean of 1.0 and 0.5")
        .isCloseTo(0.8, within(1e-9));
  }

  @Test
  @Tag("task:2")
  @DisplayName("no rows, no completeness")
  void overallRefusesEmpty() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .as("overall([]) must throw IllegalArgumentException")
        .isThrownBy(() -> Coverage.overall(List.of()));
  }

  @Test
  @Tag("task:3")
  @DisplayName("the slice under the threshold is found although the overall figure passes")
  void belowFindsHiddenSlice() {
    Map<String, Double> completeness = Map.of("Biscoe", 0.994, "Dream", 0.960, "Torgersen", 0.865);
    assertThat(Coverage.below(completeness, 0.95))
        .as("below(%s, 0.95)", completeness)
        .containsExactly("Torgersen");
  }

  @Test
  @Tag("task:3")
  @DisplayName("slices below come worst first, ties by name, and one exactly at the threshold passes")
  void belowOrder() {
    // Names built at run time, as slices read from a file are.
    Map<String, Double> completeness = Map.of(
        new String("Oslo"), 0.5, new String("Kraków"), 0.75, new String("Malmö"), 0.5, new String("Zürich"), 0.25);
    assertThat(Coverage.below(completeness, 0.75))
        .as("below(%s, 0.75): Zürich worst, then Malmö and Oslo by name; Kraków meets 0.75", completeness)
        .containsExactly("Zürich", "Malmö", "Oslo");
  }

  @Test
  @Tag("task:3")
  @DisplayName("no slice below the threshold gives an empty list")
  void noneBelow() {
    assertThat(Coverage.below(Map.of("A", 1.0, "B", 0.97), 0.95)).as("below({A=1.0, B=0.97}, 0.95)").isEmpty();
  }
}
