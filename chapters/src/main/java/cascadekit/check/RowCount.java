package cascadekit.check;

/** The number of rows, between two bounds, inclusive (Deequ's {@code hasSize}). */
final class RowCount implements Constraint {
  private final long min;
  private final long max;

  RowCount(long min, long max) {
    this.min = min;
    this.max = max;
  }

  @Override
  public String sentence() {
    return "row count is between " + min + " and " + max;
  }

  @Override
  public String column() {
    return null;
  }

  @Override
  public String threshold() {
    return "between " + min + " and " + max;
  }

  @Override
  public void require(String check, RowLayout layout) {
    // Reads no column.
  }

  @Override
  public Metric start(RowLayout layout, ResultFormat format) {
    return new Metric() {
      private long rows;

      @Override
      public void accept(RowView row) {
        rows++;
      }

      @Override
      public Measurement finish() {
        return Measurement.of(rows, rows >= min && rows <= max);
      }
    };
  }
}
