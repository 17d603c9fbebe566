package cascadekit.examples.ch06;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tech.tablesaw.api.Table;

/**
 * What a suite's failures catch of the clinic-visits defect manifest. A manifest entry (row,
 * column, defect) is caught when a failed constraint on its column flagged its row; a duplicate
 * row (no column) when the one-visit-per-patient-and-day rule did. Defects are counted by row.
 *
 * @param kinds one line per defect kind, in the manifest's order
 * @param unlisted flagged rows the manifest does not list
 */
record ManifestMatch(List<Kind> kinds, Set<String> unlisted) {
  /** Columns whose defects are counted apart, as the datasheet lists them. */
  private static final Set<String> BY_COLUMN = Set.of("inconsistent_category", "mojibake");

  /**
   * One defect kind.
   *
   * @param defect the manifest's defect name
   * @param column the column, or how many columns the kind spans
   * @param injected rows the manifest lists
   * @param reached of those, rows the suite saw (the loader quarantined the others)
   * @param caught of those, rows a failed constraint flagged
   * @param by the constraints that flagged them
   */
  record Kind(String defect, String column, int injected, int reached, int caught, Set<String> by) {}

  /**
   * A failed constraint and every row it flagged.
   *
   * @param constraint the constraint, as the suite words it
   * @param columns the manifest columns it judges ("" for a whole-row rule such as duplicates)
   * @param ids the ids of every row it flagged
   */
  record Flag(String constraint, Set<String> columns, Set<String> ids) {}

  /** Returns the match of {@code flags} against {@code manifest}, for a table holding {@code ids}. */
  static ManifestMatch of(Table manifest, Set<String> ids, List<Flag> flags) {
    Map<String, List<Integer>> byKind = new LinkedHashMap<>();
    for (int row = 0; row < manifest.rowCount(); row++) {
      String defect = manifest.getString(row, "defect");
      String column = column(manifest, row);
      byKind.computeIfAbsent(defect + (BY_COLUMN.contains(defect) ? "|" + column : ""), k -> new ArrayList<>()).add(row);
    }
    List<Kind> kinds = new ArrayList<>();
    byKind.forEach((key, rows) -> kinds.add(kind(manifest, rows, ids, flags)));
    Set<String> listed = new TreeSet<>(manifest.stringColumn("row_id").asList());
    Set<String> unlisted = new TreeSet<>();
    flags.forEach(flag -> flag.ids().stream().filter(id -> !listed.contains(id)).forEach(unlisted::add));
    return new ManifestMatch(kinds, unlisted);
  }

  private static Kind kind(Table manifest, List<Integer> rows, Set<String> ids, List<Flag> flags) {
    Set<String> injected = new TreeSet<>();
    Set<String> reached = new TreeSet<>();
    Set<String> caught = new TreeSet<>();
    Set<String> columns = new TreeSet<>();
    Set<String> by = new TreeSet<>();
    for (int row : rows) {
      String id = manifest.getString(row, "row_id");
      String column = column(manifest, row);
      injected.add(id);
      columns.add(column);
      if (ids.contains(id)) {
        reached.add(id);
      }
      for (Flag flag : flags) {
        if (flag.columns().contains(column) && flag.ids().contains(id)) {
          caught.add(id);
          by.add(flag.constraint());
        }
      }
    }
    String defect = manifest.getString(rows.get(0), "defect");
    String label = columns.size() == 1 ? columns.iterator().next() : columns.size() + " columns";
    return new Kind(defect, label.isEmpty() ? "(row)" : label, injected.size(), reached.size(), caught.size(), by);
  }

  private static String column(Table manifest, int row) {
    String column = manifest.getString(row, "column");
    return column == null ? "" : column;
  }
}
