package cascadekit.ch02;

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
  private DateFormats() {}

  /** A date in ISO form, or null with {@code ambiguous} set when it cannot be decided. */
  public record Normalized(String iso, boolean ambiguous) {}

  /** Returns {@code raw} as an ISO date, or flagged as ambiguous. */
  public static Normalized normalize(String raw) {
    // TODO: tasks 1 to 3: try each format strictly; read slashed dates both ways.
    throw new UnsupportedOperationException(
        "02.date-formats: DateFormats.normalize is not written yet; do task 1, then ./kit check 02.date-formats");
  }
}
