package cascadekit.check;

import java.util.HashMap;
import java.util.Map;

/**
 * Deequ's uniqueness of a column: the share of its non-missing values that occur exactly once,
 * held to a lower bound ({@code 1} for "is unique"). The denominator is the non-missing cells, as
 * Deequ counts only rows whose grouping column is not null; a missing cell is completeness'
 * business. The failing rows are every row of a duplicated value, the first occurrence too, so
 * {@code V1, V2, V1} fails rows 1 and 3 with a uniqueness of 1/3.
 */
final class Uniqueness extends ShareAtLeast {
  Uniqueness(String column, double atLeast) {
    super(column, atLeast, "unique", "uniqueness");
  }

  @Override
  public Metric start(RowLayout layout) {
    int position = layout.position(column());
    return new Metric() {
      private final Map<Object, Occurrences> seen = new HashMap<>();
      private final FailingRows failing = new FailingRows();
      private long values;

      @Override
      public void accept(RowView row) {
        if (row.isMissing(position)) {
          return;
        }
        values++;
        Object key = row.key(position);
        Occurrences first = seen.get(key);
        if (first == null) {
          // An id is kept only while this row could still be among the first failing ones.
          seen.put(key, new Occurrences(row.index(), failing.wants(row.index()) ? row.id() : null));
          return;
        }
        if (first.count++ == 1 && first.id != null && failing.wants(first.index)) {
          failing.keep(first.index, first.id);
        }
        if (failing.wants(row.index())) {
          failing.keep(row.index(), row.id());
        }
      }

      @Override
      public Measurement finish() {
        long once = seen.values().stream().filter(o -> o.count == 1).count();
        failing.count(values - once);
        return measured(Numbers.share(once, values), failing);
      }
    };
  }

  /** How often a value occurred, and where it first did. */
  private static final class Occurrences {
    private final long index;
    private final String id;
    private int count = 1;

    Occurrences(long index, String id) {
      this.index = index;
      this.id = id;
    }
  }
}
