package cascadekit.data.synth;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * The rules, as the clinic-visits datasheet states them, that name the defect behind a cell whose
 * dirty value differs from the clean one; written apart from the generator.
 */
final class ClinicDefectRules {
  private static final List<DateTimeFormatter> OTHER_DATE_FORMATS =
      List.of(
          DateTimeFormatter.ofPattern("dd.MM.yyyy"),
          DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("yyyy/MM/dd"));

  private ClinicDefectRules() {}

  /** Returns the defect kind that turns {@code truth} into {@code value}, or "?" if none. */
  static String explain(String column, String value, String truth) {
    switch (value) {
      case "":
        return "missing_empty";
      case "NA":
        return "missing_na";
      case "-999":
        return "missing_sentinel";
      case "unknown":
        return "missing_unknown";
      default:
        break;
    }
    if (value.equals(
        new String(truth.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252")))) {
      return "mojibake";
    }
    return switch (column) {
      case "height_cm" -> near(number(value) * 100, number(truth), 0.5) ? "unit_height_m" : "?";
      case "weight_kg" ->
          near(number(value), number(truth) * 2.20462, 0.06)
              ? "unit_weight_lb"
              : near(number(value), number(truth) * 10, 0.06) ? "outlier" : "?";
      case "age" -> number(value) > 120 ? "impossible_value" : "?";
      case "visit_date" -> isOtherFormatOf(value, truth) ? "date_format" : "?";
      case "sex" ->
          sameCategory(value.strip().substring(0, 1), truth) ? "inconsistent_category" : "?";
      case "clinic" -> sameCategory(value.strip(), truth) ? "inconsistent_category" : "?";
      case "diagnosis_code" ->
          sameCategory(value.replace(".", ""), truth.replace(".", ""))
              ? "inconsistent_category"
              : "?";
      default -> "?";
    };
  }

  private static boolean isOtherFormatOf(String value, String isoDate) {
    for (DateTimeFormatter format : OTHER_DATE_FORMATS) {
      try {
        if (LocalDate.parse(value, format).toString().equals(isoDate)) {
          return true;
        }
      } catch (DateTimeParseException e) {
        // not this format; try the next
      }
    }
    return false;
  }

  private static boolean sameCategory(String value, String truth) {
    return value.toLowerCase(Locale.ROOT).equals(truth.toLowerCase(Locale.ROOT));
  }

  private static boolean near(double a, double b, double tolerance) {
    return Math.abs(a - b) <= tolerance;
  }

  private static double number(String text) {
    return Double.parseDouble(text);
  }
}
