package cascadekit.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class SuggestionParityTest {
  @Test
  void should_suggest_the_same_constraint_kinds_per_column_as_deequ_on_the_accepted_batch() {
    // GIVEN chapter 06's accepted batch (the true visits of 2022)
    Table accepted = ParityTest.accepted();
    // WHEN the kit and Deequ suggest constraints
    Map<String, Set<String>> kit = SuggestionParity.kit(accepted);
    Map<String, Set<String>> deequ = SuggestionParity.deequ(Frames.of(SharedSpark.get(), accepted));
    // THEN each column gets the same kinds, but for the one difference the kit states: Deequ also
    // suggests a category range for an integer column (age), the kit only for text
    assertThat(deequ.get("age")).as("Deequ's kinds for the integer column age").contains("CategoricalRangeRule");
    deequ.get("age").remove("CategoricalRangeRule");
    assertThat(kit).as("kinds per column, kit (expected) against Deequ (actual):%n kit   %s%n deequ %s", kit, deequ)
        .isEqualTo(deequ);
  }
}
