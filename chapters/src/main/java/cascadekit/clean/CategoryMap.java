package cascadekit.clean;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import tech.tablesaw.api.Table;

/**
 * A cleaning step that maps the ways a category is written ({@code Female }, {@code FEMALE},
 * {@code f}) to one canonical value ({@code F}). Values are compared by a key: Unicode NFC,
 * lower case, without spaces or dots; a value whose key is unknown is left as it is and reported,
 * never guessed.
 *
 * <pre>{@code
 * CategoryMap sex = CategoryMap.of("F", "M").alias("female", "F").alias("male", "M");
 * CategoryMap.Canonicalised step = sex.canonicalise(visits, "sex", "sex-categories");
 * step.unmapped();   // e.g. {"x" = 2}: values no one has decided about yet
 * }</pre>
 */
public final class CategoryMap {
  private final Map<String, String> byKey;

  private CategoryMap(Map<String, String> byKey) {
    this.byKey = byKey;
  }

  /** Returns a map that knows only the canonical values {@code canonical}, each written any way. */
  public static CategoryMap of(String... canonical) {
    Map<String, String> byKey = new LinkedHashMap<>();
    for (String value : canonical) {
      byKey.put(key(value), value);
    }
    return new CategoryMap(byKey);
  }

  /** Returns this map where {@code variant}, written any way, also means {@code canonical}. */
  public CategoryMap alias(String variant, String canonical) {
    if (!byKey.containsValue(canonical)) {
      throw new IllegalArgumentException("'" + canonical + "' is not one of the canonical values " + byKey.values());
    }
    Map<String, String> more = new LinkedHashMap<>(byKey);
    more.put(key(variant), canonical);
    return new CategoryMap(more);
  }

  /** Returns the key values are compared by: NFC, lower case, no whitespace, no dots. */
  public static String key(String value) {
    return Normalizer.normalize(value, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replaceAll("[\\s.]", "");
  }

  /** Returns the canonical value {@code value} means, or null when it is not known. */
  public String canonical(String value) {
    return byKey.get(key(value));
  }

  /** Returns a copy of {@code table} with each known variant in {@code column} made canonical, and the unknown values. */
  public Canonicalised canonicalise(Table table, String column, String rule) {
    List<AuditEntry> changes = new ArrayList<>();
    SortedMap<String, Integer> unmapped = new TreeMap<>();
    for (int row = 0; row < table.rowCount(); row++) {
      if (Cells.value(table, column, row) instanceof String value) {
        String canonical = canonical(value);
        if (canonical == null) {
          unmapped.merge(value, 1, Integer::sum);
        } else if (!canonical.equals(value)) {
          changes.add(new AuditEntry(Cells.id(table, row), column, value, canonical, rule));
        }
      }
    }
    return new Canonicalised(Cleaned.by(table, changes), unmapped);
  }

  /**
   * What canonicalising a column gave.
   *
   * @param cleaned the new table and the changes
   * @param unmapped each value no canonical value was found for, and how many rows hold it
   */
  public record Canonicalised(Cleaned cleaned, SortedMap<String, Integer> unmapped) {}
}
