package cascadekit.check;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The failing rows of one constraint: how many, and the ids of the first {@code cap} in row
 * order. Rows may arrive out of order (a duplicate reveals its earlier twin), so it keeps the
 * lowest positions seen, never more than the cap.
 */
final class FailingRows {
  private final TreeMap<Long, String> first = new TreeMap<>();
  private final int cap;
  private long count;

  /** Returns failing rows that keep at most {@code cap} ids. */
  FailingRows(int cap) {
    this.cap = cap;
  }

  /** Returns whether a failing row at {@code index} would be among the ids kept. */
  boolean wants(long index) {
    return first.size() < cap || index < first.lastKey();
  }

  /** Counts {@code row} as failing and keeps its id if it is among the first. */
  void add(RowView row) {
    count++;
    if (wants(row.index())) {
      keep(row.index(), row.id());
    }
  }

  /** Keeps the id of a failing row at {@code index} without counting it (the caller counts). */
  void keep(long index, String id) {
    first.put(index, id);
    if (first.size() > cap) {
      first.pollLastEntry();
    }
  }

  /** Sets the count, for a constraint that knows it only at the end. */
  void count(long total) {
    count = total;
  }

  /** Returns how many rows failed. */
  long count() {
    return count;
  }

  /** Returns the kept ids, in row order. */
  List<String> ids() {
    return new ArrayList<>(first.values());
  }
}
