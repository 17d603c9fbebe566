// Mistake: flags every date both orders can read as ambiguous, even 05/05/2021, where they agree.
package cascadekit.ch02;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Exercise 02.date-formats: dates in several formats to ISO, with the ambiguous ones flagged.
 *
 * <p>Clinics write dates their own way: {@code 2020-02-01}, {@code 01.02.2020},
 * {@code 1 Feb 2020}, {@code 01/02/2020}. The last is the trap: the 1st of February in Europe,
 * the 2nd of January in the United States. A loader that guesses silently moves visits by
 * weeks. Flag what cannot be decided; refuse what is not a date.
 *
 * <p>Task 1. Normalise ISO (2020-02-01), dotted day-first (01.02.2020) and English month names
 * (1 Feb 2020) to ISO, whatever the machine's language.
 * <pre>{@code
 * normalize("01.02.2020")   // => Normalized["2020-02-01", ambiguous=false]
 * normalize("1 Feb 2020")   // => Normalized["2020-02-01", ambiguous=false]
 * }</pre>
 *
 * <p>Task 2. A slashed date (01/02/2020) is read day-first and month-first. If both
 * readings are real dates and differ, it is ambiguous: no ISO date, {@code ambiguous=true}. If
 * only one is a real date, or both give the same date, that date.
 * <pre>{@code
 * normalize("01/02/2020")   // => Normalized[null, ambiguous=true]
 * normalize("13/02/2020")   // => Normalized["2020-02-13", ambiguous=false]
 * normalize("05/05/2020")   // => Normalized["2020-05-05", ambiguous=false]
 * }</pre>
 *
 * <p>Task 3. Refuse anything else with an {@code IllegalArgumentException} naming the value,
 * including impossible dates: a parser that quietly turns 31 April into 30 April hides an
 * error.
 * <pre>{@code
 * normalize("31.04.2021")   // => IllegalArgumentException: not a date: 31.04.2021
 * }</pre>
 */
public final class DateFormats {
  // STRICT resolving needs 'uuuu' (proleptic year), not 'yyyy' (year of era). The default,
  // SMART, would turn 31.04.2021 into 30 April: an error that no one sees.
  private static final List<DateTimeFormatter> UNAMBIGUOUS =
      List.of(strict("uuuu-MM-dd"), strict("dd.MM.uuuu"), strict("d MMM uuuu"));
  private static final DateTimeFormatter DAY_FIRST = strict("dd/MM/uuuu");
  private static final DateTimeFormatter MONTH_FIRST = strict("MM/dd/uuuu");

  private DateFormats() {}

  /** A date in ISO form, or null with {@code ambiguous} set when it cannot be decided. */
  public record Normalized(String iso, boolean ambiguous) {}

  /** Returns {@code raw} as an ISO date, or flagged as ambiguous. */
  public static Normalized normalize(String raw) {
    String text = raw.strip();
    for (DateTimeFormatter format : UNAMBIGUOUS) {
      Optional<LocalDate> date = parse(text, format);
      if (date.isPresent()) {
        return new Normalized(date.get().toString(), false);
      }
    }
    Optional<LocalDate> dayFirst = parse(text, DAY_FIRST);
    Optional<LocalDate> monthFirst = parse(text, MONTH_FIRST);
    if (dayFirst.isPresent() && monthFirst.isPresent()) {
      return new Normalized(null, true);
    }
    return dayFirst.or(() -> monthFirst)
        .map(date -> new Normalized(date.toString(), false))
        .orElseThrow(() -> new IllegalArgumentException("not a date: " + raw));
  }

  private static Optional<LocalDate> parse(String text, DateTimeFormatter format) {
    try {
      return Optional.of(LocalDate.parse(text, format));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static DateTimeFormatter strict(String pattern) {
    // English month names whatever the machine's language: "Feb", not "févr.".
    return DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
  }
}
