package cascadekit.check;

/**
 * The share of rows whose cell in a column is not missing, held to a lower bound ({@code 1} for
 * "is complete"). As in Deequ, the denominator is every row of the data; the failing rows are
 * the rows with a missing cell.
 */
final class Completeness implements Constraint {
  private final String column;
  private final double atLeast;

  Completeness(String column, double atLeast) {
    this.column = column;
    this.atLeast = atLeast;
  }

  @Override
  public String sentence() {
    return atLeast == 1 ? column + " is complete" : column + " has completeness at least " + Numbers.text(atLeast);
  }

  @Override
  public String column() {
    return column;
  }

  @Override
  public String threshold() {
    return ">= " + Numbers.text(atLeast);
  }

  @Override
  public void require(String check, RowLayout layout) {
    layout.require(check, column, RowLayout.Kind.ANY);
  }

  @Override
  public Metric start(RowLayout layout) {
    int position = layout.position(column);
    return new Metric() {
      private final FailingRows missing = new FailingRows();
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
        double completeness = Numbers.share(rows - missing.count(), rows);
        return new Measurement(completeness, completeness >= atLeast, missing);
      }
    };
  }
}
