package cascadekit.ch04;

import java.util.List;

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
    // TODO: task 1: remember the values seen; a record whose values were seen before is removed.
    throw new UnsupportedOperationException(
        "04.exact-dedup: ExactDedup.deduplicate is not written yet; do task 1, then ./kit check 04.exact-dedup");
  }

  /** Returns one line per removed record: {@code "V3 duplicates V1"}. */
  public static List<String> duplicateOf(List<Record> records) {
    // TODO: task 2: remember the id of the first record with each values list.
    throw new UnsupportedOperationException(
        "04.exact-dedup: ExactDedup.duplicateOf is not written yet; do task 2, then ./kit check 04.exact-dedup");
  }
}
