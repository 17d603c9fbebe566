package cascadekit.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
  @Test
  void should_count_insertions_deletions_and_substitutions() {
    // GIVEN pairs whose Levenshtein distances are known by hand
    // WHEN / THEN
    assertThat(Suggestions.distance("kitten", "sitting")).as("kitten -> sitting").isEqualTo(3);
    assertThat(Suggestions.distance("", "hint")).as("'' -> hint").isEqualTo(4);
    assertThat(Suggestions.distance("watch", "")).as("watch -> ''").isEqualTo(5);
    assertThat(Suggestions.distance("check", "check")).as("check -> check").isZero();
  }

  @Test
  void should_suggest_the_closest_names_first_and_keep_ties_in_order() {
    // GIVEN the known names and a typo one edit from "check", four from "reset" and "hint"
    List<String> known = List.of("reset", "hint", "check", "watch");
    // WHEN the closest two are asked for
    List<String> closest = Suggestions.closest(known, "chek", 2);
    // THEN "check" comes first, then "reset", the first of the two tied at four edits
    assertThat(closest).as("closest to 'chek'").containsExactly("check", "reset");
  }
}
