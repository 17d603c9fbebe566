package cascadekit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SplitTest {
  private static final List<Integer> ROWS = IntStream.range(0, 100).boxed().toList();

  @Test
  void should_give_the_same_split_for_the_same_seed() {
    // WHEN
    Split<Integer> first = Split.of(ROWS, 0.3, 42);
    Split<Integer> second = Split.of(ROWS, 0.3, 42);
    // THEN
    assertThat(first).isEqualTo(second);
    assertThat(Split.of(ROWS, 0.3, 43).test()).isNotEqualTo(first.test());
  }

  @Test
  void should_hold_out_the_fraction_and_lose_no_row() {
    // WHEN
    Split<Integer> split = Split.of(ROWS, 0.3, 7);
    // THEN
    assertThat(split.test()).hasSize(30);
    List<Integer> all = new ArrayList<>(split.train());
    all.addAll(split.test());
    assertThat(all).containsExactlyInAnyOrderElementsOf(ROWS);
  }
}
