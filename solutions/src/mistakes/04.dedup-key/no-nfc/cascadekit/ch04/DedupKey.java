// Mistake: lower-cases and strips but does not compose, so "e" + U+0301 and "é" get different keys.
package cascadekit.ch04;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.selection.BitmapBackedSelection;
import tech.tablesaw.selection.Selection;

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
    // addColumns changes the table it is called on: add to a copy, so the caller's table (and
    // anything else holding it) stays as it was.
    Table keyed = records.copy();
    StringColumn key = StringColumn.create("key");
    for (Row row : keyed) {
      // A separator the values do not contain: without it "Ann"+"Alee" and "Anna"+"Lee" are
      // both "annalee", and two patients become one.
      StringJoiner joined = new StringJoiner("|");
      for (String column : columns) {
        joined.add(normalise(row.getString(column)));
      }
      key.append(joined.toString());
    }
    return keyed.addColumns(key);
  }

  /** Returns the first row of each key and the ids of the later rows. */
  public static Deduplicated keepFirst(Table records, String idColumn, String... columns) {
    Table keyed = withKey(records, columns);
    // Set.add is false for a key seen before: that row is a later copy. The first is the one
    // other tables may already point at, so it is the one to keep.
    Set<String> seen = new HashSet<>();
    Selection first = new BitmapBackedSelection();
    List<String> dropped = new ArrayList<>();
    for (int i = 0; i < keyed.rowCount(); i++) {
      if (seen.add(keyed.getString(i, "key"))) {
        first.add(i);
      } else {
        dropped.add(keyed.getString(i, idColumn));
      }
    }
    // where(...) returns a new table with the selected rows, in their order.
    return new Deduplicated(keyed.where(first), dropped);
  }

  /** Returns {@code value} composed (NFC), without outer whitespace, in lower case. */
  private static String normalise(String value) {
    // NFC first: "e" + U+0301 and "é" are different strings until composed. Locale.ROOT, so
    // the key does not change with the machine's language (Turkish "I" lower-cases to "ı").
    return value.strip().toLowerCase(Locale.ROOT);
  }
}
