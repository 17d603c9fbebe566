package cascadekit.data.synth;

import cascadekit.data.CropSurvey;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What each cell defect of {@code crop-survey} makes of a true value, for its manifest tests. */
final class CropDefectRules {
  private final Map<String, Map<String, String>> truth;

  /** Makes the rules for the true visits of {@code truth.csv}, keyed by visit id. */
  CropDefectRules(Map<String, Map<String, String>> truth) {
    this.truth = truth;
  }

  /**
   * Returns whether the raw cell's value is what a defect of {@code kind} makes of {@code clean}.
   */
  boolean ofKind(String kind, Map<String, String> raw, String column, String clean) {
    String v = raw.get(column);
    if (kind == null) {
      return false;
    }
    return switch (kind) {
      case "missing_empty" -> v.isEmpty();
      case "missing_na" -> v.equals("NA");
      case "missing_sentinel" -> v.equals("-99");
      case "missing_not_applicable" -> v.equals("n/a");
      case "unit_acre" ->
          raw.get("area_unit").equals("acre")
              && Math.abs(
                      Double.parseDouble(v) / CropSurvey.ACRES_PER_HA - Double.parseDouble(clean))
                  <= 0.005;
      case "unit_bag" ->
          raw.get("yield_unit").equals("bag")
              && Math.abs(Double.parseDouble(v) * CropSurvey.KG_PER_BAG - Double.parseDouble(clean))
                  <= 4.5;
      case "impossible_negative_area" -> Double.parseDouble(v) < 0;
      case "impossible_yield" -> Double.parseDouble(v) >= 30 * Double.parseDouble(clean);
      case "gps_outside_region" ->
          column.equals("lat")
              ? Math.abs(Double.parseDouble(v) - 7) > 1.5
              : Math.abs(Double.parseDouble(v) + 6) > 1.5;
      case "inconsistent_district", "inconsistent_variety" -> folded(v).equals(folded(clean));
      case "mojibake" -> v.equals(Mojibake.of(clean));
      case "date_format" ->
          LocalDateTime.parse(v, CropSurveyGenerator.TOOL_B_TIME)
              .equals(LocalDateTime.parse(clean));
      case "stale_device" ->
          raw.get("device_id").equals(CropSurveyGenerator.STALE_DEVICE)
              && stuckValues(column).contains(v);
      default -> false;
    };
  }

  private List<String> stuckValues(String column) {
    return truth.values().stream()
        .filter(t -> t.get("device_id").equals(CropSurveyGenerator.STALE_DEVICE))
        .filter(t -> t.get("visited_at").compareTo(CropSurveyGenerator.STALE_FROM) >= 0)
        .map(t -> t.get(column))
        .limit(1)
        .toList();
  }

  private static String folded(String value) {
    return Normalizer.normalize(value, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .replace(" ", "")
        .toLowerCase(Locale.ROOT);
  }
}
