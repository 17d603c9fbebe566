// Mistake: compares the names as typed, so case and spaces count as edits.
package cascadekit.ch04;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Exercise 04.near-duplicates: find the same visit typed twice, slightly differently.
 *
 * <p>A receptionist enters a visit again as "ANA SILVA", "Ana  Silva " or "Ana Silav". Exact
 * comparison misses all three. Normalise the names (case, spaces), allow a small edit distance,
 * and compare only visits on the same date: that is the block. Here a date check before the
 * costly edit distance is enough; on millions of visits a deduplicator groups them by date first,
 * so it never visits the pairs across dates at all, and millions of comparisons become thousands.
 *
 * <p>Task 1. Return the name normalised: Unicode NFC, lower case (Locale.ROOT), stripped, and each
 * run of whitespace made one space.
 * <pre>{@code
 * normalise("  ANA   Silva ")   // => "ana silva"
 * }</pre>
 *
 * <p>Task 2. Return the Levenshtein distance: the fewest single-character insertions, deletions
 * and substitutions that turn one text into the other.
 * <pre>{@code
 * distance("silva", "silav")   // => 2   (a swap is two substitutions)
 * }</pre>
 * Plain Levenshtein, the table every edit distance builds on. The toolbox's {@code EditDistance}
 * adds one case, a swap of neighbours as one edit (optimal string alignment), because a swap is
 * one slip of the fingers.
 *
 * <p>Task 3. Return the pairs of visits on the same date whose normalised names are at most
 * {@code maxDistance} apart, as {@code "V1~V7"}, earlier visit first, in input order.
 * <pre>{@code
 * pairs([V1 Ana Silva 2022-01-03, V2 ANA SILVA 2022-01-04, V3 ana silva 2022-01-03], 2)   // => ["V1~V3"]
 * }</pre>
 */
public final class NearDuplicates {
  private NearDuplicates() {}

  /** One visit: its id, the patient's name as typed, and the date. */
  public record Visit(String id, String name, String date) {}

  /** Returns {@code name} normalised for comparison. */
  public static String normalise(String name) {
    // NFC first: "é" can be one code point or "e" plus a combining accent, and they must compare equal.
    String composed = Normalizer.normalize(name, Normalizer.Form.NFC);
    // Locale.ROOT: in a Turkish locale "I".toLowerCase() is a dotless ı, and names would stop matching.
    return composed.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
  }

  /** Returns the Levenshtein distance between {@code a} and {@code b}. */
  public static int distance(String a, String b) {
    // d[i][j] is the distance between the first i characters of a and the first j of b.
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int substitution = d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        d[i][j] = Math.min(substitution, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
      }
    }
    return d[a.length()][b.length()];
  }

  /** Returns the near-duplicate pairs {@code "Vi~Vj"} within each date. */
  public static List<String> pairs(List<Visit> visits, int maxDistance) {
    List<String> pairs = new ArrayList<>();
    for (int i = 0; i < visits.size(); i++) {
      Visit first = visits.get(i);
      for (int j = i + 1; j < visits.size(); j++) {
        Visit later = visits.get(j);
        // The block: visits on different dates are never compared, so their names cost nothing.
        if (first.date().equals(later.date())
            && distance(first.name(), later.name()) <= maxDistance) {
          pairs.add(first.id() + "~" + later.id());
        }
      }
    }
    return pairs;
  }
}
