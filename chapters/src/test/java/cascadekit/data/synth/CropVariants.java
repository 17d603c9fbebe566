package cascadekit.data.synth;

import java.text.Normalizer;
import java.util.Locale;

/** The spelling variants enumerators type for a category of {@code crop-survey}. */
final class CropVariants {
  private CropVariants() {}

  /**
   * Returns {@code value} as a hurried enumerator types it: lower or upper case, with a stray
   * space, without its accents or without its inner space, e.g. {@code Bouaké -> Bouake}.
   */
  static String variant(Draw draw, String value) {
    return switch (draw.between(0, 4)) {
      case 0 -> value.toLowerCase(Locale.ROOT);
      case 1 -> value.toUpperCase(Locale.ROOT);
      case 2 -> value + " ";
      case 3 -> Normalizer.normalize(value, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
      default -> value.replace(" ", "");
    };
  }
}
