package cascadekit.labeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cascadekit.data.Annotations;
import java.util.List;
import org.junit.jupiter.api.Test;

class MajorityVoteTest {
  private static final int NONE = Annotations.MISSING;
  private static final Annotations PANEL =
      new Annotations(
          List.of("i1", "i2", "i3", "i4"),
          List.of("a1", "a2", "a3"),
          List.of("positive", "neutral", "negative"),
          new int[][] {{0, 0, 2}, {2, 1, NONE}, {NONE, NONE, NONE}, {2, NONE, 2}});

  @Test
  void should_take_the_most_frequent_label_and_break_ties_to_the_first_class() {
    // WHEN / THEN: i2 ties negative and neutral, and neutral comes first in the class order;
    // i3 has no label at all
    assertThat(MajorityVote.labels(PANEL)).containsExactly(0, 1, NONE, 2);
    assertThat(MajorityVote.ties(PANEL)).containsExactly(1);
  }

  @Test
  void should_give_vote_shares_ignoring_abstentions() {
    // WHEN
    double[][] shares = MajorityVote.shares(PANEL);
    // THEN: i1 2 of 3 positive; i3 nobody voted, so uniform; i4 2 of 2 negative
    assertThat(shares[0]).containsExactly(new double[] {2 / 3.0, 0, 1 / 3.0}, within(1e-12));
    assertThat(shares[2]).containsExactly(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, within(1e-12));
    assertThat(shares[3]).containsExactly(new double[] {0, 0, 1}, within(1e-12));
  }
}
