package cascadekit.check;

import cascadekit.profile.DistinctValues;
import java.util.Arrays;
import java.util.List;

/**
 * Deequ's uniqueness of a column, or of a combination of columns: the share of its non-missing
 * values (combinations) that occur exactly once, held to a lower bound ({@code 1} for "is
 * unique"). The denominator is the rows with a value, as Deequ counts only rows with at least one
 * non-null grouping column; a missing cell is completeness' business. In a combination, a missing
 * cell next to a value counts as a value of its own, as in Deequ's group-by, so two rows
 * {@code (P1, missing)} are a duplicate. The failing rows are every row of a duplicated value,
 * the first occurrence too, so {@code V1, V2, V1} fails rows 1 and 3 with a uniqueness of 1/3. Values are counted in the
 * profile's flat {@link DistinctValues}, so a million distinct ids are a few arrays, not a
 * million objects for the garbage collector.
 */
final class Uniqueness extends ShareAtLeast {
  Uniqueness(List<String> columns, double atLeast) {
    super(columns, atLeast, "unique", "uniqueness");
  }

  @Override
  public Metric start(RowLayout layout, ResultFormat format) {
    int[] positions = columns().stream().mapToInt(layout::position).toArray();
    // A one-column key is the cell's own text, so a first occurrence's id can be told from it.
    int position = positions.length == 1 ? positions[0] : -1;
    return new Metric() {
      private final DistinctValues seen = new DistinctValues();
      private final FailingRows failing = new FailingRows(format.idCap());
      private long[] firstRow = new long[1024];
      private String[] firstId; // only when a first occurrence's id cannot be told from its value or row
      private long values;

      @Override
      public void accept(RowView row) {
        String key = key(row, positions);
        if (key == null) {
          return;
        }
        values++;
        int distinct = seen.size();
        int entry = seen.add(key);
        if (entry == distinct) {
          remember(entry, row);
          return;
        }
        if (seen.count(entry) == 2 && failing.wants(firstRow[entry])) {
          failing.keep(firstRow[entry], firstId == null ? derivedId(row, entry) : firstId[entry]);
        }
        if (failing.wants(row.index())) {
          failing.keep(row.index(), row.id());
        }
      }

      private void remember(int entry, RowView row) {
        if (entry == firstRow.length) {
          firstRow = Arrays.copyOf(firstRow, entry * 2);
          firstId = firstId == null ? null : Arrays.copyOf(firstId, entry * 2);
        }
        firstRow[entry] = row.index();
        boolean derivable = row.idColumn() < 0 || position >= 0 && row.idColumn() == position;
        if (!derivable && firstId == null) {
          firstId = new String[firstRow.length];
        }
        // An id is kept only while this row could still be among the first failing ones.
        if (firstId != null && failing.wants(row.index())) {
          firstId[entry] = row.id();
        }
      }

      private String derivedId(RowView row, int entry) {
        return row.idColumn() < 0 ? Long.toString(firstRow[entry] + 1) : seen.value(entry);
      }

      @Override
      public Measurement finish() {
        long once = 0;
        for (int entry = 0; entry < seen.size(); entry++) {
          once += seen.count(entry) == 1 ? 1 : 0;
        }
        failing.count(values - once);
        return measured(Numbers.share(once, values), failing);
      }
    };
  }

  /**
   * Returns the row's key over {@code positions}, or null when every cell there is missing. Several
   * cells are each written with their length (a missing one as {@code -}), so no two combinations
   * share a key: {@code ("a,b", "c")} and {@code ("a", "b,c")} stay apart.
   */
  private static String key(RowView row, int[] positions) {
    if (positions.length == 1) {
      return row.isMissing(positions[0]) ? null : row.keyText(positions[0]);
    }
    StringBuilder key = new StringBuilder();
    boolean any = false;
    for (int position : positions) {
      if (row.isMissing(position)) {
        key.append('-');
      } else {
        String text = row.keyText(position);
        key.append(text.length()).append(':').append(text);
        any = true;
      }
    }
    return any ? key.toString() : null;
  }
}
