package cascadekit.clean;

import cascadekit.load.Row;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
  public static Found find(Rows rows, String nameColumn, List<String> blockColumns, int maxDistance) {
    Map<List<Object>, List<Row>> blocks = new LinkedHashMap<>();
    for (Row row : rows.list()) {
      List<Object> block = blockColumns.stream().map(row::get).toList();
      if (row.get(nameColumn) != null && !block.contains(null)) {
        blocks.computeIfAbsent(block, k -> new ArrayList<>()).add(row);
      }
    }
    List<Pair> pairs = new ArrayList<>();
    long comparisons = 0;
    for (List<Row> block : blocks.values()) {
      for (int i = 0; i < block.size(); i++) {
        String a = normalise(block.get(i).get(nameColumn).toString());
        for (int j = i + 1; j < block.size(); j++) {
          comparisons++;
          int distance = EditDistance.between(a, normalise(block.get(j).get(nameColumn).toString()));
          if (distance <= maxDistance) {
            pairs.add(new Pair(rows.id(block.get(i)), rows.id(block.get(j)), distance));
          }
        }
      }
    }
    return new Found(pairs, comparisons);
  }

  /** Returns {@code rows} without the later row of each pair; the first is kept. */
  public static Cleaned removeLater(Rows rows, List<Pair> pairs) {
    Set<String> later = new LinkedHashSet<>();
    pairs.forEach(p -> later.add(p.later()));
    List<AuditEntry> changes = new ArrayList<>();
    later.forEach(id -> changes.add(new AuditEntry(id, AuditEntry.WHOLE_ROW, rows.get(id), null, RULE)));
    return Cleaned.by(rows, changes);
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
