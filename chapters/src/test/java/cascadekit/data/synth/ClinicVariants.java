package cascadekit.data.synth;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Returns the dirty spellings a clerk or an export gives a clean value. */
final class ClinicVariants {
  /** The other date formats that reach the clinics' file, all unambiguous. */
  static final List<DateTimeFormatter> DATE_FORMATS =
      List.of(
          DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.ROOT),
          DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("yyyy/MM/dd", Locale.ROOT));

  private ClinicVariants() {}

  /** Returns an ISO date written in another format, e.g. {@code 2022-03-07 -> 07.03.2022}. */
  static String date(Draw draw, String iso) {
    return draw.pick(DATE_FORMATS).format(LocalDate.parse(iso));
  }

  /** Returns another spelling of {@code F} or {@code M}, e.g. {@code "Female "}. */
  static String sex(Draw draw, String code) {
    String word = code.equals("F") ? "female" : "male";
    return draw.pick(
        word,
        capitalised(word),
        capitalised(word) + " ",
        code.toLowerCase(Locale.ROOT),
        word.toUpperCase(Locale.ROOT));
  }

  /** Returns {@code value} lower-cased, upper-cased, or with a trailing space. */
  static String caseOrSpace(Draw draw, String value) {
    return draw.pick(value.toLowerCase(Locale.ROOT), value.toUpperCase(Locale.ROOT), value + " ");
  }

  /** Returns a diagnosis code lower-cased or without its dot, e.g. {@code J06.9 -> J069}. */
  static String code(Draw draw, String code) {
    return draw.chance(0.5) ? code.toLowerCase(Locale.ROOT) : code.replace(".", "");
  }

  /** Returns a name in upper or lower case. */
  static String nameCase(Draw draw, String name) {
    return draw.chance(0.5) ? name.toUpperCase(Locale.ROOT) : name.toLowerCase(Locale.ROOT);
  }

  /** Returns a name with a doubled inner space, or a leading or trailing space. */
  static String nameSpace(Draw draw, String name) {
    return draw.pick(name.replaceFirst(" ", "  "), " " + name, name + " ");
  }

  /** Returns a name with two neighbouring, different letters swapped, e.g. {@code Anna -> Anan}. */
  static String nameTypo(Draw draw, String name) {
    while (true) {
      int i = draw.between(0, name.length() - 2);
      char a = name.charAt(i);
      char b = name.charAt(i + 1);
      if (a != b && Character.isLetter(a) && Character.isLetter(b)) {
        return name.substring(0, i) + b + a + name.substring(i + 2);
      }
    }
  }

  private static String capitalised(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
