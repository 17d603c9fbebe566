package cascadekit.ch04;

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
    // TODO: task 1: NFC, lower case, strip, collapse whitespace.
    throw new UnsupportedOperationException(
        "04.near-duplicates: NearDuplicates.normalise is not written yet; do task 1, then ./kit check 04.near-duplicates");
  }

  /** Returns the Levenshtein distance between {@code a} and {@code b}. */
  public static int distance(String a, String b) {
    // TODO: task 2: dynamic programming over prefixes of a and b.
    throw new UnsupportedOperationException(
        "04.near-duplicates: NearDuplicates.distance is not written yet; do task 2, then ./kit check 04.near-duplicates");
  }

  /** Returns the near-duplicate pairs {@code "Vi~Vj"} within each date. */
  public static List<String> pairs(List<Visit> visits, int maxDistance) {
    // TODO: task 3: compare visits with the same date only, on normalised names.
    throw new UnsupportedOperationException(
        "04.near-duplicates: NearDuplicates.pairs is not written yet; do task 3, then ./kit check 04.near-duplicates");
  }
}
