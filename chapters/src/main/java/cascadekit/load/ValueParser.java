package cascadekit.load;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns one raw cell into a typed value, strictly, or says why it cannot: an impossible date,
 * NaN, an infinity or a decimal beyond a double's range is a reason, never a quiet repair.
 */
final class ValueParser {
  private static final Set<String> NON_FINITE = Set.of("nan", "inf", "+inf", "-inf", "infinity", "+infinity", "-infinity");

  private static final DateTimeFormatter ISO_DATE_TIME =
      DateTimeFormatter.ISO_LOCAL_DATE_TIME.withResolverStyle(ResolverStyle.STRICT);

  private final Schema schema;
  private final List<DateTimeFormatter> dateFormats;

  ValueParser(Schema schema) {
    this.schema = schema;
    this.dateFormats = schema.dateFormats();
  }

  /** Returns the value of {@code raw} in {@code column}: null when missing, else typed. */
  Object parse(Column column, String raw) throws BadValue {
    if (schema.missingMarkers().contains(raw.strip())) {
      if (column.requiresValue()) {
        throw new BadValue("missing required value");
      }
      return null;
    }
    Object value =
        switch (column.type()) {
          case TEXT -> raw;
          case INTEGER -> integer(raw);
          case DECIMAL -> decimal(raw, column.allowsNonFinite());
          case DATE -> date(raw);
          case DATETIME -> dateTime(raw);
        };
    if (!column.allowed().isEmpty() && !column.allowed().contains(raw)) {
      throw new BadValue("not one of the allowed values " + Excerpt.of(column.allowed().toString()));
    }
    return value;
  }

  private static Integer integer(String raw) throws BadValue {
    try {
      return Integer.valueOf(raw.strip());
    } catch (NumberFormatException e) {
      boolean digits = raw.strip().matches("[+-]?\\d+");
      throw new BadValue(digits ? "a whole number out of range (beyond ±2147483647)" : "not a whole number");
    }
  }

  private static Double decimal(String raw, boolean allowsNonFinite) throws BadValue {
    String text = raw.strip();
    String lower = text.toLowerCase(Locale.ROOT);
    if (NON_FINITE.contains(lower)) {
      if (allowsNonFinite) {
        return lower.equals("nan") ? Double.NaN : lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
      }
      throw new BadValue("not a finite number; declare the column allowingNonFinite() if it may hold " + text);
    }
    double value;
    try {
      value = new BigDecimal(text).doubleValue();
    } catch (NumberFormatException e) {
      throw new BadValue(raw.contains(",") ? "not a decimal number (a decimal comma?)" : "not a decimal number");
    }
    if (Double.isInfinite(value) && !allowsNonFinite) {
      throw new BadValue("a decimal out of range (beyond ±1.8e308)");
    }
    return value;
  }

  private LocalDate date(String raw) throws BadValue {
    String text = raw.strip();
    for (DateTimeFormatter format : dateFormats) {
      try {
        return LocalDate.parse(text, format);
      } catch (DateTimeParseException e) {
        // try the next declared format
      }
    }
    for (DateTimeFormatter format : dateFormats) {
      try {
        LocalDate lenient = LocalDate.parse(text, format.withResolverStyle(ResolverStyle.SMART));
        throw new BadValue("no such date (a lenient parser would make it " + lenient + ")");
      } catch (DateTimeParseException e) {
        // not even a lenient date in this format
      }
    }
    throw new BadValue("not a date in any of the formats " + schema.datePatterns());
  }

  /** Returns {@code raw} as ISO, else in the first of the schema's patterns that has a time of day. */
  private LocalDateTime dateTime(String raw) throws BadValue {
    String text = raw.strip();
    try {
      return LocalDateTime.parse(text, ISO_DATE_TIME);
    } catch (DateTimeParseException e) {
      for (DateTimeFormatter format : dateFormats) {
        try {
          return LocalDateTime.parse(text, format);
        } catch (DateTimeParseException notThisFormat) {
          // try the next declared format
        }
      }
      throw new BadValue("not an ISO date and time (uuuu-MM-ddTHH:mm:ss)");
    }
  }

  /** A cell that does not fit its column, with the reason. */
  static final class BadValue extends Exception {
    BadValue(String reason) {
      super(reason);
    }
  }
}
