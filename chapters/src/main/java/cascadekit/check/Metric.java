package cascadekit.check;

/**
 * The accumulator of one constraint's metric: fed each row once, in order, then asked for the
 * measurement. A metric that needs no rows (a schema) says so and is never fed.
 */
interface Metric {
  /** Returns whether the engine must feed this metric rows. */
  default boolean readsRows() {
    return true;
  }

  /** Takes one row into the metric. */
  void accept(RowView row);

  /** Returns the measurement after the last row. */
  Measurement finish();
}
