package cascadekit.ch05;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("05.majority-vote: majority vote with abstentions and a tie rule")
class MajorityVoteTest {
  // Deliberately neither alphabetical (neg < neu < pos) nor the order votes arrive in.
  private static final List<String> CLASSES = List.of("pos", "neu", "neg");

  @Test
  @Tag("task:1")
  @DisplayName("votes are counted per class in class order, abstentions skipped")
  void countsInClassOrder() {
    Map<String, Integer> counts = MajorityVote.counts(Arrays.asList("neg", null, "pos", "neg"), CLASSES);
    assertThat(counts)
        .as("counts([neg, null, pos, neg]): null is an abstention, neu got no vote but is listed")
        .containsExactly(Map.entry("pos", 1), Map.entry("neu", 0), Map.entry("neg", 2));
  }

  @Test
  @Tag("task:1")
  @DisplayName("a vote for a label outside the classes is refused")
  void unknownLabel() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .as("counts([pos, positive]): 'positive' is not one of [pos, neu, neg]; must throw IllegalArgumentException")
        .isThrownBy(() -> MajorityVote.counts(List.of("pos", "positive"), CLASSES));
  }

  @Test
  @Tag("task:1")
  @DisplayName("the caller's list of votes is left as it was")
  void leavesVotesAlone() {
    List<String> votes = new ArrayList<>(Arrays.asList("neg", null, "pos"));
    MajorityVote.counts(votes, CLASSES);
    assertThat(votes)
        .as("votes after counts(...): skip the nulls, do not remove them from the caller's list")
        .containsExactly("neg", null, "pos");
  }

  @Test
  @Tag("task:2")
  @DisplayName("the label with the most votes wins, whatever the abstentions")
  void plainMajority() {
    assertThat(MajorityVote.winner(Arrays.asList("neg", null, "pos", "neg", null), CLASSES))
        .as("winner([neg, null, pos, neg, null]): 2 votes for neg, 1 for pos")
        .contains("neg");
  }

  @Test
  @Tag("task:2")
  @DisplayName("a tie goes to the tied class listed first, not to the first vote nor the first alphabetically")
  void tieToFirstClass() {
    assertThat(MajorityVote.winner(List.of("neg", "neu"), CLASSES))
        .as("winner([neg, neu]) with classes [pos, neu, neg]: neu is listed before neg;"
            + " neg means the first vote, alphabetical order, a HashMap's order or a >= comparison won")
        .contains("neu");
    assertThat(MajorityVote.winner(List.of("neg", "pos", "neu", "neg", "pos"), CLASSES))
        .as("winner([neg, pos, neu, neg, pos]): pos and neg tie at 2, pos is listed first")
        .contains("pos");
  }

  @Test
  @Tag("task:2")
  @DisplayName("a tie goes to the earlier class even when the later class reaches the top count last")
  void tieNotToLastSeen() {
    List<String> classes = List.of("neg", "neu", "pos");
    assertThat(MajorityVote.winner(List.of("pos", "neg"), classes))
        .as("winner([pos, neg]) with classes [neg, neu, pos]: neg is listed first; use >, not >=")
        .contains("neg");
  }

  @Test
  @Tag("task:2")
  @DisplayName("an item every annotator abstained on has no winner")
  void allAbstained() {
    assertThat(MajorityVote.winner(Arrays.asList(null, null), CLASSES))
        .as("winner([null, null]): no vote, so Optional.empty(), not the first class")
        .isEmpty();
  }

  @Test
  @Tag("task:3")
  @DisplayName("ties are the items whose top count is shared; abstentions alone are not a tie")
  void findsTies() {
    List<List<String>> items =
        List.of(
            List.of("pos", "pos", "neg"),
            List.of("pos", "neg"),
            Arrays.asList(null, null),
            List.of("neu", "neg", "pos"),
            Arrays.asList("neu", null, "neu"));
    assertThat(MajorityVote.ties(items, CLASSES))
        .as("ties of [pos pos neg], [pos neg], [-, -], [neu neg pos], [neu - neu]:"
            + " item 1 ties 1-1, item 3 ties 1-1-1; item 2 has no votes at all")
        .containsExactly(1, 3);
  }
}
