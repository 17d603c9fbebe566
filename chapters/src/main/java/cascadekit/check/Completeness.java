package cascadekit.check;

/**
 * The share of rows whose cell in a column is not missing, held to a lower bound ({@code 1} for
 * "is complete"). As in Deequ, the denominator is every row of the data; the failing rows are
 * the rows with a missing cell.
 */
final class Completeness extends ShareAtLeast {
  Completeness(String column, double atLeast) {
    super(column, atLeast, "complete", "completeness");
  }

  @Override
  public Metric start(RowLayout layout, ResultFormat format) {
    int position = layout.position(column());
    return new Metric() {
      private final FailingRows missing = new FailingRows(format.idCap());
      private long rows;

      @Override
      public void accept(RowView row) {
        rows++;
        if (row.isMissing(position)) {
          missing.add(row);
        }
      }

      @Override
      public Measurement finish() {
        return measured(Numbers.share(rows - missing.count(), rows), missing);
      }
    };
  }
}
