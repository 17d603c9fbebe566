// Mistake: adds a vote for a label not in classes instead of refusing it.
package cascadekit.ch05;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
    // A LinkedHashMap filled in class order: its iteration order is the class order, on
    // every JVM, which is what winner() relies on.
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String label : classes) {
      counts.put(label, 0);
    }
    for (String vote : votes) {
      if (vote == null) {
        continue; // an abstention: the annotator said nothing about this item
      }
      counts.merge(vote, 1, Integer::sum);
    }
    return counts;
  }

  /** Returns the label with the most votes, ties to the first class; empty if all abstained. */
  public static Optional<String> winner(List<String> votes, List<String> classes) {
    String best = null;
    int bestCount = 0;
    for (Map.Entry<String, Integer> entry : counts(votes, classes).entrySet()) {
      // Strictly more: a later class never takes the item from an earlier one it only ties.
      if (entry.getValue() > bestCount) {
        best = entry.getKey();
        bestCount = entry.getValue();
      }
    }
    return Optional.ofNullable(best);
  }

  /** Returns the indexes of the items with a tie for the most votes, ascending. */
  public static List<Integer> ties(List<List<String>> items, List<String> classes) {
    List<Integer> tied = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Map<String, Integer> counts = counts(items.get(i), classes);
      int top = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
      long atTop = counts.values().stream().filter(n -> n == top).count();
      if (top > 0 && atTop > 1) {
        tied.add(i);
      }
    }
    return tied;
  }
}
