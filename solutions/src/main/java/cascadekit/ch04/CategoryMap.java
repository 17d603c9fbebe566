package cascadekit.ch04;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Exercise 04.category-map: map the ways a category is written to one canonical value, and
 * report what no one has decided about yet.
 *
 * <p>"Female ", "FEMALE", "f" and "F" are one category, written four ways; a model or a count
 * sees four. A map from each variant to its canonical value fixes them. A value the map does
 * not know is not guessed: it is left as it is and reported, so a person decides.
 *
 * <p>Task 1. Return the key a value is looked up by: Unicode NFC, lower case (Locale.ROOT),
 * without whitespace and without dots.
 * <pre>{@code
 * key(" J06.9 ")   // => "j069"
 * }</pre>
 *
 * <p>Task 2. Return the values canonicalised: each value whose key is the key of a variant in
 * {@code variants} (variant to canonical) becomes that canonical value; a null stays null; any
 * other value stays as it is and is counted in {@code unmapped}, under the value as written.
 * <pre>{@code
 * canonicalise([Female , m, F, x, X], {female: F, f: F, male: M, m: M})
 *     // => values [F, M, F, x, X], unmapped {X=1, x=1}
 * }</pre>
 */
public final class CategoryMap {
  private CategoryMap() {}

  /** The values with every known variant made canonical, and each unknown value with its count. */
  public record Canonicalised(List<String> values, SortedMap<String, Integer> unmapped) {}

  /** Returns the key {@code value} is looked up by. */
  public static String key(String value) {
    return Normalizer.normalize(value, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replaceAll("[\\s.]", "");
  }

  /** Returns the values canonicalised by {@code variants}, and the unmapped values. */
  public static Canonicalised canonicalise(List<String> values, Map<String, String> variants) {
    // Key the map once, so "Female" in the map also matches " FEMALE" in the data.
    Map<String, String> byKey = new HashMap<>();
    variants.forEach((variant, canonical) -> byKey.put(key(variant), canonical));
    List<String> canonicalised = new ArrayList<>(values.size());
    SortedMap<String, Integer> unmapped = new TreeMap<>();
    for (String value : values) {
      String canonical = value == null ? null : byKey.get(key(value));
      if (value != null && canonical == null) {
        // Not guessed: left as written, and reported so someone adds it to the map or fixes the source.
        unmapped.merge(value, 1, Integer::sum);
        canonicalised.add(value);
      } else {
        canonicalised.add(canonical);
      }
    }
    return new Canonicalised(canonicalised, unmapped);
  }
}
