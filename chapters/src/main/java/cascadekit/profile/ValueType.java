package cascadekit.profile;

/** The type a profile infers for a column from the values present in it. */
public enum ValueType {
  /** Every present value is a finite decimal number. */
  NUMBER,
  /** Every present value is an ISO date, {@code yyyy-MM-dd}. */
  DATE,
  /** Anything else. */
  TEXT,
  /** No value is present: the type cannot be told. */
  EMPTY;

  /** Returns the name in lower case, as a report shows it. */
  @Override
  public String toString() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
