package cascadekit.ch04;

import java.util.List;
import tech.tablesaw.api.Table;

/**
 * Exercise 04.dedup-key: a normalised key column, and the first row of each key kept.
 *
 * <p>A registration typed twice gets a new id, and often " Ana" for "ANA" or an accent typed as
 * a combining mark: {@code table.dropDuplicateRows()} compares every column as written, so it
 * drops none of them. The data scientist's fix is a key column: the columns that say "same
 * patient", each normalised, then one row per key.
 *
 * <p>Task 1. Return a copy of {@code records} with a string column {@code key} appended: the named
 * columns' values, each NFC-normalised, stripped and lower-cased ({@code Locale.ROOT}), joined by
 * {@code "|"}. Leave {@code records} as it was.
 * <pre>{@code
 * withKey([R1, " Ana", "SILVA", "Oslo"], "given", "family", "clinic")   // => key "ana|silva|oslo"
 * }</pre>
 *
 * <p>Task 2. Keep the first row of each key, in input order, with its key column; return the ids of
 * the later rows, dropped, in input order. Leave {@code records} as it was.
 * <pre>{@code
 * keepFirst([R1 Ana Silva Oslo, R2 ANA "Silva " Oslo, R3 Ana Silva Bergen], "id", "given", "family", "clinic")
 * // => kept R1, R3; dropped [R2]
 * }</pre>
 */
public final class DedupKey {
  private DedupKey() {}

  /** The rows kept, with their key column, and the ids of the rows dropped, in input order. */
  public record Deduplicated(Table kept, List<String> droppedIds) {}

  /** Returns a copy of {@code records} with a normalised {@code key} column appended. */
  public static Table withKey(Table records, String... columns) {
    // TODO: task 1: copy the table, build one key per row, append the key column to the copy.
    throw new UnsupportedOperationException(
        "04.dedup-key: DedupKey.withKey is not written yet; do task 1, then ./kit check 04.dedup-key");
  }

  /** Returns the first row of each key and the ids of the later rows. */
  public static Deduplicated keepFirst(Table records, String idColumn, String... columns) {
    // TODO: task 2: walk the keyed rows in order; keep a row whose key is new, drop the others.
    throw new UnsupportedOperationException(
        "04.dedup-key: DedupKey.keepFirst is not written yet; do task 2, then ./kit check 04.dedup-key");
  }
}
