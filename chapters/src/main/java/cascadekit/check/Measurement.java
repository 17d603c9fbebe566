package cascadekit.check;

/**
 * What a {@link Metric} measured: its value, whether it met the threshold, and the rows (or, for a
 * schema, the columns) that failed.
 *
 * @param value the metric's value
 * @param passed whether the value met the threshold
 * @param failing the failing rows, empty for a table-level metric
 */
record Measurement(double value, boolean passed, FailingRows failing) {
  /** Returns a table-level measurement: no failing rows. */
  static Measurement of(double value, boolean passed) {
    return new Measurement(value, passed, new FailingRows(0));
  }
}
