package cascadekit.ch04;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cascadekit.ch04.HeightUnits.Harmonised;
import cascadekit.ch04.HeightUnits.Height;
import cascadekit.ch04.HeightUnits.Score;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("04.height-units: heights in metres and millimetres to centimetres, measured")
class HeightUnitsTest {
  @Test
  @Tag("task:1")
  @DisplayName("metres are multiplied by 100 and millimetres divided by 10")
  void converts() {
    Harmonised result = HeightUnits.harmonise(heights(172.0, 1.63, 1810.0));
    assertThat(result.heights().get(1).value()).as("h2 = 1.63 m in cm").isCloseTo(163.0, within(1e-9));
    assertThat(result.heights().get(2).value()).as("h3 = 1810 mm in cm").isCloseTo(181.0, within(1e-9));
    assertThat(result.changed()).as("changed ids, in order").containsExactly("h2", "h3");
  }

  @Test
  @Tag("task:1")
  @DisplayName("clean rows come back exactly as they were, and missing heights stay missing")
  void leavesCleanRowsAlone() {
    List<Height> input = heights(172.0, 1.63, 158.5, null, 3.0, 300.0);
    Harmonised result = HeightUnits.harmonise(input);
    assertThat(result.heights()).as("harmonise(...) returns one height per input height").hasSize(6);
    assertThat(List.of(result.heights().get(0), result.heights().get(2), result.heights().get(3), result.heights().get(4),
        result.heights().get(5)))
        .as("h1, h3, h4 (null), h5 (3.0 is not under 3) and h6 (300 is not over 300) were clean: a cleaner that touches them does harm")
        .containsExactly(input.get(0), input.get(2), input.get(3), input.get(4), input.get(5));
    assertThat(result.changed()).as("changed ids").containsExactly("h2");
  }

  @Test
  @Tag("task:2")
  @DisplayName("precision falls when clean rows are changed; recall falls when wrong rows are missed")
  void scores() {
    // 2 of the 3 changes are right (precision 2/3); 2 of the 3 wrong rows were found (recall 2/3)
    Score mixed = HeightUnits.score(List.of("h2", "h3", "h5"), Set.of("h2", "h3", "h9"));
    assertThat(mixed.precision()).as("precision of [h2, h3, h5] against {h2, h3, h9}").isCloseTo(2.0 / 3, within(1e-9));
    assertThat(mixed.recall()).as("recall of [h2, h3, h5] against {h2, h3, h9}").isCloseTo(2.0 / 3, within(1e-9));
    // a cleaner that changes every row finds all 2 wrong ones (recall 1) but 2 of 5 changes are right
    Score greedy = HeightUnits.score(List.of("h1", "h2", "h3", "h4", "h5"), Set.of("h2", "h3"));
    assertThat(greedy.precision()).as("precision of changing all five rows when two are wrong").isCloseTo(0.4, within(1e-9));
    assertThat(greedy.recall()).as("recall of changing all five rows").isCloseTo(1.0, within(1e-9));
  }

  @Test
  @Tag("task:2")
  @DisplayName("no changes have no precision (NaN), not a perfect one")
  void noChanges() {
    Score none = HeightUnits.score(List.of(), Set.of("h2"));
    assertThat(none.precision()).as("precision of no changes: 0 / 0 is NaN").isNaN();
    assertThat(none.recall()).as("recall of no changes against {h2}").isCloseTo(0.0, within(1e-9));
  }

  private static List<Height> heights(Double... values) {
    List<Height> heights = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      heights.add(new Height("h" + (i + 1), values[i]));
    }
    return heights;
  }
}
