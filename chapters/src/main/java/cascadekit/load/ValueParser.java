package cascadekit.load;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Turns one raw cell into a typed value, or says why it cannot. */
final class ValueParser {
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
          case DECIMAL -> decimal(raw);
          case DATE -> date(raw);
        };
    if (!column.allowed().isEmpty() && !column.allowed().contains(raw)) {
      throw new BadValue("not one of the allowed values " + column.allowed());
    }
    return value;
  }

  private static Integer integer(String raw) throws BadValue {
    try {
      return Integer.valueOf(raw.strip());
    } catch (NumberFormatException e) {
      throw new BadValue("not a whole number");
    }
  }

  private static Double decimal(String raw) throws BadValue {
    try {
      return new BigDecimal(raw.strip()).doubleValue();
    } catch (NumberFormatException e) {
      throw new BadValue(raw.contains(",") ? "not a decimal number (a decimal comma?)" : "not a decimal number");
    }
  }

  private LocalDate date(String raw) throws BadValue {
    for (DateTimeFormatter format : dateFormats) {
      try {
        return LocalDate.parse(raw.strip(), format);
      } catch (DateTimeParseException e) {
        // try the next declared format
      }
    }
    throw new BadValue("not a date in any of the formats " + schema.datePatterns());
  }

  /** A cell that does not fit its column, with the reason. */
  static final class BadValue extends Exception {
    BadValue(String reason) {
      super(reason);
    }
  }
}
