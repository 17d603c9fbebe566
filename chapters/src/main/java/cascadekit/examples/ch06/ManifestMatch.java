package cascadekit.examples.ch06;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
 * @param kinds one line per defect kind, in the datasheet's order
 * @param unlisted flagged rows the manifest does not list
 * @param originals of those, the visits a listed duplicate copies
 */
record ManifestMatch(List<Kind> kinds, Set<String> unlisted, Set<String> originals) {
  /** The datasheet's order; inconsistent categories and mojibake are counted per column. */
  private static final List<String> ORDER = List.of("missing_empty", "missing_na", "missing_sentinel", "missing_unknown",
      "unit_height_m", "unit_weight_lb", "outlier", "impossible_value", "date_format", "inconsistent_category|sex",
      "inconsistent_category|clinic", "inconsistent_category|diagnosis_code", "mojibake|name", "mojibake|clinic",
      "exact_duplicate", "near_duplicate_case", "near_duplicate_whitespace", "near_duplicate_typo");

  /**
   * One defect kind.
   *
   * @param defect the manifest's defect name
   * @param column the column, or how many columns the kind spans
   * @param injected rows the manifest lists
   * @param reached of those, rows the suite saw (the loader quarantined the others)
   * @param restored of those, rows whose every listed cell the loader already read as the true value
   * @param caught of those, rows a failed constraint flagged
   * @param by the constraints that flagged them
   */
  record Kind(String defect, String column, int injected, int reached, int restored, int caught, Set<String> by) {}

  /**
   * A failed constraint and every row it flagged.
   *
   * @param constraint the constraint, as the suite words it
   * @param columns the manifest columns it judges ("" for a whole-row rule such as duplicates)
   * @param ids the ids of every row it flagged
   */
  record Flag(String constraint, Set<String> columns, Set<String> ids) {}

  /** Returns the match of {@code flags}, raised on {@code visits}, against {@code manifest}. */
  static ManifestMatch of(Table manifest, Table visits, List<Flag> flags) {
    Map<String, Integer> rowOf = new HashMap<>();
    for (int row = 0; row < visits.rowCount(); row++) {
      rowOf.put(visits.getString(row, "visit_id"), row);
    }
    Map<String, List<Integer>> byKind = new LinkedHashMap<>();
    Set<String> copied = new TreeSet<>();
    for (int row = 0; row < manifest.rowCount(); row++) {
      String defect = manifest.getString(row, "defect");
      String key = defect.equals("inconsistent_category") || defect.equals("mojibake") ? defect + "|" + column(manifest, row) : defect;
      byKind.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
      if (column(manifest, row).isEmpty()) {
        copied.add(manifest.getString(row, "clean_value"));
      }
    }
    List<Kind> kinds = new ArrayList<>();
    byKind.entrySet().stream()
        .sorted(Comparator.comparing(e -> ORDER.indexOf(e.getKey())))
        .forEach(e -> kinds.add(kind(manifest, e.getValue(), visits, rowOf, flags)));
    Set<String> listed = new TreeSet<>(manifest.stringColumn("row_id").asList());
    Set<String> unlisted = new TreeSet<>();
    flags.forEach(flag -> flag.ids().stream().filter(id -> !listed.contains(id)).forEach(unlisted::add));
    Set<String> originals = new TreeSet<>(unlisted);
    originals.retainAll(copied);
    return new ManifestMatch(kinds, unlisted, originals);
  }

  private static Kind kind(Table manifest, List<Integer> rows, Table visits, Map<String, Integer> rowOf, List<Flag> flags) {
    Set<String> injected = new TreeSet<>();
    Set<String> reached = new TreeSet<>();
    Set<String> altered = new TreeSet<>();
    Set<String> caught = new TreeSet<>();
    Set<String> columns = new TreeSet<>();
    Set<String> by = new TreeSet<>();
    for (int row : rows) {
      String id = manifest.getString(row, "row_id");
      String column = column(manifest, row);
      injected.add(id);
      columns.add(column);
      Integer at = rowOf.get(id);
      if (at == null) {
        continue;
      }
      reached.add(id);
      if (column.isEmpty() || !visits.getString(at, column).equals(manifest.getString(row, "clean_value"))) {
        altered.add(id);
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
    return new Kind(defect, label.isEmpty() ? "(row)" : label, injected.size(), reached.size(), reached.size() - altered.size(),
        caught.size(), by);
  }

  private static String column(Table manifest, int row) {
    String column = manifest.getString(row, "column");
    return column == null ? "" : column;
  }
}
