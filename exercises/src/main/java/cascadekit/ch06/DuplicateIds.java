package cascadekit.ch06;

import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;

/**
 * Exercise 06.duplicate-ids: a uniqueness check on a key of one or more columns, with the rows.
 *
 * <p>A clinic's export should hold one visit per patient and day, so the key is {@code
 * (patient_id, visit_date)}. "Uniqueness 0.29" tells nobody what to fix; the check should say
 * which keys repeat and on which rows, all of them, the first occurrence included, since nobody
 * knows yet which copy is right. A key is the row's values of the key columns as text, joined by
 * {@code "|"}. A row with any key column missing has no key: it is left out of this check
 * (completeness reports it). Rows are numbered from 1, as a spreadsheet shows them.
 *
 * <p>Task 1. Return each key that occurs on more than one row, with all its row numbers in order,
 * keys in the order of their first row. Refuse a call without key columns with an {@code
 * IllegalArgumentException}.
 * <pre>{@code
 * duplicates([P02 2024-03-01, P01 2024-03-01, P02 2024-03-01], "patient_id", "visit_date")
 * // => {P02|2024-03-01=[1, 3]}
 * }</pre>
 *
 * <p>Task 2. Return Deequ's uniqueness of the key: the number of keys that occur exactly once,
 * divided by the number of rows that have a key. Refuse a table where no row has a key with an
 * {@code IllegalArgumentException}.
 * <pre>{@code
 * uniqueness(the three visits above, "patient_id", "visit_date")   // => 1/3 (only P01's key is unique)
 * }</pre>
 */
public final class DuplicateIds {
  private DuplicateIds() {}

  /** Returns every key on more than one row, with all its row numbers (from 1), first seen first. */
  public static Map<String, List<Integer>> duplicates(Table table, String... keyColumns) {
    // TODO: task 1: group the row numbers by key, then keep the keys on more than one row.
    throw new UnsupportedOperationException(
        "06.duplicate-ids: DuplicateIds.duplicates is not written yet; do task 1, then ./kit check 06.duplicate-ids");
  }

  /** Returns the keys that occur once divided by the rows that have a key. */
  public static double uniqueness(Table table, String... keyColumns) {
    // TODO: task 2: count the keys that occur once and the rows that have a key.
    throw new UnsupportedOperationException(
        "06.duplicate-ids: DuplicateIds.uniqueness is not written yet; do task 2, then ./kit check 06.duplicate-ids");
  }
}
