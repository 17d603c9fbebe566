package cascadekit.kit;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * "Did you mean" suggestions: the known names closest to what was typed, by the fewest
 * insertions, deletions and substitutions of a character (Levenshtein distance).
 *
 * <pre>{@code
 * Suggestions.closest(List.of("check", "hint", "watch"), "chekc", 1);   // => [check]
 * }</pre>
 */
final class Suggestions {
  private Suggestions() {}

  /** Returns up to {@code limit} known names, closest to {@code typed} first, ties in order. */
  static List<String> closest(Collection<String> known, String typed, int limit) {
    return known.stream()
        .sorted(Comparator.comparingInt((String name) -> distance(name, typed)))
        .limit(limit)
        .toList();
  }

  /** Returns the Levenshtein distance between {@code a} and {@code b}, one row at a time. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    Arrays.setAll(previous, j -> j);
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int replace = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(replace, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
