package cascadekit.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LineDiffTest {
  @Test
  void should_give_nothing_for_equal_texts() {
    // WHEN / THEN
    assertThat(LineDiff.unified(List.of("a", "b"), List.of("a", "b"))).isEmpty();
  }

  @Test
  void should_mark_removed_then_added_lines_with_context() {
    // WHEN
    List<String> diff = LineDiff.unified(List.of("a", "b", "c"), List.of("a", "x", "c", "d"));
    // THEN
    assertThat(diff).containsExactly("@@", " a", "-b", "+x", " c", "+d");
  }

  @Test
  void should_split_distant_changes_into_hunks_with_three_lines_of_context() {
    // GIVEN twenty lines with the first and the last changed
    List<String> before = IntStream.rangeClosed(1, 20).mapToObj(Integer::toString).toList();
    List<String> after = new java.util.ArrayList<>(before);
    after.set(0, "one");
    after.set(19, "twenty");
    // WHEN
    List<String> diff = LineDiff.unified(before, after);
    // THEN
    assertThat(diff)
        .containsExactly("@@", "-1", "+one", " 2", " 3", " 4", "@@", " 17", " 18", " 19", "-20", "+twenty");
  }
}
