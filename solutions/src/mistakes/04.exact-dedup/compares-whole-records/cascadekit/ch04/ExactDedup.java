// Mistake: compares whole records, id included, so copies under a new id are never found.
package cascadekit.ch04;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Exercise 04.exact-dedup: remove exact duplicates, keep one copy, and return what was removed.
 *
 * <p>The same visit typed in twice gets two visit ids and is otherwise identical. Counting it
 * twice inflates every count and, worse, can put one copy in training and the other in the test
 * set. The fix is to keep exactly one copy: removing every copy loses a real visit, and
 * removing without saying which rows went is a silent change.
 *
 * <p>Task 1. Return the records with every later copy removed: two records are copies when all
 * their values but the id are equal, as written: "Ana" and "ANA" differ (04.near-duplicates finds
 * those). Keep the first copy in input order; return the removed records, in input order.
 * <pre>{@code
 * deduplicate([V1 (P1, 2022-01-03), V2 (P2, 2022-01-03), V3 (P1, 2022-01-03)])
 *     // => kept [V1, V2], removed [V3]
 * }</pre>
 *
 * <p>Task 2. Say, for each removed record, the id of the copy that was kept, in the order removed.
 * <pre>{@code
 * duplicateOf([V1 (P1, d), V2 (P2, d), V3 (P1, d), V4 (P1, d)])   // => ["V3 duplicates V1", "V4 duplicates V1"]
 * }</pre>
 */
public final class ExactDedup {
  private ExactDedup() {}

  /** A record: its id and its other values, in column order. */
  public record Record(String id, List<String> values) {}

  /** The records kept and the records removed, each in input order. */
  public record Deduplicated(List<Record> kept, List<Record> removed) {}

  /** Returns the records without later copies, and the copies removed. */
  public static Deduplicated deduplicate(List<Record> records) {
    // The key is the values without the id: the id is exactly what differs between copies.
    Set<Record> seen = new HashSet<>();
    List<Record> kept = new ArrayList<>();
    List<Record> removed = new ArrayList<>();
    for (Record record : records) {
      if (seen.add(record)) {
        kept.add(record);
      } else {
        removed.add(record);
      }
    }
    return new Deduplicated(kept, removed);
  }

  /** Returns one line per removed record: {@code "V3 duplicates V1"}. */
  public static List<String> duplicateOf(List<Record> records) {
    Map<List<String>, String> first = new HashMap<>();
    List<String> lines = new ArrayList<>();
    for (Record record : records) {
      String original = first.putIfAbsent(record.values(), record.id());
      if (original != null) {
        lines.add(record.id() + " duplicates " + original);
      }
    }
    return lines;
  }
}
