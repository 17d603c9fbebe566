package cascadekit.ch05;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Exercise 05.majority-vote: majority vote with abstentions and a documented tie rule.
 *
 * <p>Each item got one vote per annotator; {@code null} is an abstention (the annotator skipped
 * the item). The label with the most votes wins. With an even panel, or three classes, ties
 * happen, and a tie rule that depends on a map's iteration order gives a different answer on
 * another JVM or after a refactoring. The rule here: a tie goes to the tied class listed first
 * in {@code classes}. (A project might list its safest class first, or break ties by its most
 * reliable annotator; what matters is that the rule is written down and deterministic.)
 *
 * <p>Task 1. Return the votes per class, in the order of {@code classes}, 0 for a class nobody
 * chose. Skip abstentions; refuse a vote for a label not in {@code classes} with
 * an {@code IllegalArgumentException}. Leave the list as it was.
 * <pre>{@code
 * counts(Arrays.asList("neg", null, "pos", "neg"), List.of("pos", "neu", "neg"))
 *     // => {pos=1, neu=0, neg=2}
 * }</pre>
 *
 * <p>Task 2. Return the winning label; on a tie, the tied class first in {@code classes}; empty
 * when every annotator abstained.
 * <pre>{@code
 * winner(List.of("neg", "neu"), List.of("pos", "neu", "neg"))   // => Optional[neu]
 * }</pre>
 *
 * <p>Task 3. Return the indexes of the items whose top vote count is shared by two or more
 * classes, ascending (an item everyone abstained on is not a tie).
 * <pre>{@code
 * ties(List.of(List.of("pos", "pos"), List.of("pos", "neg")), List.of("pos", "neu", "neg"))
 *     // => [1]
 * }</pre>
 */
public final class MajorityVote {
  private MajorityVote() {}

  /** Returns the number of votes per class, in the order of {@code classes}. */
  public static Map<String, Integer> counts(List<String> votes, List<String> classes) {
    // TODO: task 1: start every class at 0, in class order, then count the votes.
    throw new UnsupportedOperationException(
        "05.majority-vote: MajorityVote.counts is not written yet; do task 1, then ./kit check 05.majority-vote");
  }

  /** Returns the label with the most votes, ties to the first class; empty if all abstained. */
  public static Optional<String> winner(List<String> votes, List<String> classes) {
    // TODO: task 2: walk the counts in class order and keep the first strict maximum.
    throw new UnsupportedOperationException(
        "05.majority-vote: MajorityVote.winner is not written yet; do task 2, then ./kit check 05.majority-vote");
  }

  /** Returns the indexes of the items with a tie for the most votes, ascending. */
  public static List<Integer> ties(List<List<String>> items, List<String> classes) {
    // TODO: task 3: an item is tied when two or more classes share its top count.
    throw new UnsupportedOperationException(
        "05.majority-vote: MajorityVote.ties is not written yet; do task 3, then ./kit check 05.majority-vote");
  }
}
