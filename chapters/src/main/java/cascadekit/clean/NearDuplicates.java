package cascadekit.clean;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.Table;

/**
 * Finds near duplicates: rows in the same block (e.g. the same visit date) whose names, once
 * normalised, are at most a few edits apart ("Zoë Silva", "ZOË SILVA", "Zoë  Silva", "Zoë Silav").
 * Blocking compares only rows that share the block's values, so the work grows with the block
 * sizes, not with the square of the table; a block of date alone pairs namesakes too, so add
 * what identifies a person (the patient id) when the data has it.
 *
 * <pre>{@code
 * NearDuplicates.Found found = NearDuplicates.find(visits, "name", List.of("visit_date", "patient_id"), 2);
 * Cleaned step = NearDuplicates.removeLater(visits, found.pairs());
 * }</pre>
 */
public final class NearDuplicates {
  /** The rule name of the removal step in the audit log. */
  public static final String RULE = "near-duplicates";

  private NearDuplicates() {}

  /** Returns {@code name} normalised: Unicode NFC, lower case, trimmed, runs of spaces made one. */
  public static String normalise(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
  }

  /**
   * Returns the pairs of rows with the same values in {@code blockColumns} whose normalised
   * {@code nameColumn} values are at most {@code maxDistance} edits apart, each pair in file order.
   * Rows missing a name or a block value are not compared.
   */
  public static Found find(Table table, String nameColumn, List<String> blockColumns, int maxDistance) {
    Map<List<Object>, List<Integer>> blocks = new LinkedHashMap<>();
    for (int row = 0; row < table.rowCount(); row++) {
      int r = row;
      List<Object> block = new ArrayList<>();
      blockColumns.forEach(column -> block.add(Cells.value(table, column, r)));
      if (Cells.value(table, nameColumn, row) != null && !block.contains(null)) {
        blocks.computeIfAbsent(block, k -> new ArrayList<>()).add(row);
      }
    }
    List<Pair> pairs = new ArrayList<>();
    long comparisons = 0;
    for (List<Integer> block : blocks.values()) {
      for (int i = 0; i < block.size(); i++) {
        String a = normalise(table.getString(block.get(i), nameColumn));
        for (int j = i + 1; j < block.size(); j++) {
          comparisons++;
          int distance = EditDistance.between(a, normalise(table.getString(block.get(j), nameColumn)));
          if (distance <= maxDistance) {
            pairs.add(new Pair(Cells.id(table, block.get(i)), Cells.id(table, block.get(j)), distance));
          }
        }
      }
    }
    return new Found(pairs, comparisons);
  }

  /** Returns a copy of {@code table} without the later row of each pair; the first is kept. */
  public static Cleaned removeLater(Table table, List<Pair> pairs) {
    Set<String> later = new LinkedHashSet<>();
    pairs.forEach(p -> later.add(p.later()));
    return Cleaned.removing(table, List.copyOf(later), RULE);
  }

  /**
   * Two rows that look like one.
   *
   * @param first the id of the row that comes first in the file
   * @param later the id of the one after it
   * @param distance the edit distance between their normalised names
   */
  public record Pair(String first, String later, int distance) {}

  /**
   * What {@link #find} found.
   *
   * @param pairs the near-duplicate pairs, in file order
   * @param comparisons how many pairs of names blocking left to compare
   */
  public record Found(List<Pair> pairs, long comparisons) {}
}
