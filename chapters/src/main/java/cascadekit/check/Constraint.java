package cascadekit.check;

/**
 * One rule of a {@link Check}: a sentence, the column it reads, its threshold, and how to measure
 * it in one pass. Its arguments were checked when it was made; {@link #require} checks it against
 * the data's columns before any row is read, and {@link #start} returns the accumulator the engine
 * feeds every row.
 */
interface Constraint {
  /** Returns the constraint as a sentence, column first: {@code age is between 0 and 120}. */
  String sentence();

  /** Returns the column it reads, or null for a row count, a row predicate or a schema. */
  String column();

  /** Returns the threshold as text, e.g. {@code >= 0.95}. */
  String threshold();

  /** Returns the level of its failures, which is the check's unless the constraint fixes its own. */
  default Level level(Level checkLevel) {
    return checkLevel;
  }

  /** Refuses, naming {@code check}, data whose columns this constraint cannot read. */
  void require(String check, RowLayout layout);

  /** Returns a fresh accumulator of this constraint's metric over rows of {@code layout}, keeping ids as {@code format} says. */
  Metric start(RowLayout layout, ResultFormat format);
}
