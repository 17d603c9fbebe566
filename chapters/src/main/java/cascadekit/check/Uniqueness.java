package cascadekit.check;

import cascadekit.profile.DistinctValues;
import java.util.Arrays;

/**
 * Deequ's uniqueness of a column: the share of its non-missing values that occur exactly once,
 * held to a lower bound ({@code 1} for "is unique"). The denominator is the non-missing cells, as
 * Deequ counts only rows whose grouping column is not null; a missing cell is completeness'
 * business. The failing rows are every row of a duplicated value, the first occurrence too, so
 * {@code V1, V2, V1} fails rows 1 and 3 with a uniqueness of 1/3. Values are counted in the
 * profile's flat {@link DistinctValues}, so a million distinct ids are a few arrays, not a
 * million objects for the garbage collector.
 */
final class Uniqueness extends ShareAtLeast {
  Uniqueness(String column, double atLeast) {
    super(column, atLeast, "unique", "uniqueness");
  }

  @Override
  public Metric start(RowLayout layout, ResultFormat format) {
    int position = layout.position(column());
    return new Metric() {
      private final DistinctValues seen = new DistinctValues();
      private final FailingRows failing = new FailingRows(format.idCap());
      private long[] firstRow = new long[1024];
      private String[] firstId; // only when a first occurrence's id cannot be told from its value or row
      private long values;

      @Override
      public void accept(RowView row) {
        if (row.isMissing(position)) {
          return;
        }
        values++;
        int distinct = seen.size();
        int entry = seen.add(row.keyText(position));
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
        boolean derivable = row.idColumn() < 0 || row.idColumn() == position;
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
}
