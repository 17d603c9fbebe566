package cascadekit.load;

/** The type a schema declares for a column, and so the Tablesaw column it loads into. */
public enum ColumnType {
  /** Free text, kept as written (after an optional mojibake repair). */
  TEXT,
  /** A whole number. */
  INTEGER,
  /** A decimal number, written with a point. */
  DECIMAL,
  /** A calendar date, in one of the schema's date formats; loaded as ISO. */
  DATE,
  /** A date and time of day, ISO 8601 without a zone ({@code 2021-01-04T11:52:29}), parsed strictly. */
  DATETIME
}
