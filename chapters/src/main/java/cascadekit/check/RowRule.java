package cascadekit.check;

/**
 * A rule each row meets or breaks (values in a set, in a range, non-negative, matching a pattern,
 * a row predicate), held to a "mostly" share as Great Expectations' {@code mostly} is. The value
 * is the share of rows meeting it. For a column rule a missing cell is neither in nor out: it is
 * completeness' business, so the share's denominator is the column's non-missing cells, as in
 * Great Expectations ({@code unexpected_percent} of non-missing values) and Deequ (where a null
 * satisfies {@code isContainedIn}). A column with no values passes. For a row predicate the
 * denominator is every row.
 */
final class RowRule extends ColumnRule {
  /** The per-row test; {@code column} is the rule's column position, or -1 for a row predicate. */
  interface Test {
    boolean test(RowView row, int column);
  }

  private final String sentence;
  private final double mostly;
  private final Test test;

  RowRule(String column, RowLayout.Kind kind, String sentence, double mostly, Test test) {
    super(column, kind);
    this.sentence = sentence;
    this.mostly = mostly;
    this.test = test;
  }

  @Override
  public String sentence() {
    return mostly == 1 ? sentence : sentence + " for at least " + Numbers.text(mostly) + " of "
        + (column() == null ? "rows" : "its values");
  }

  @Override
  public String threshold() {
    return atLeast(mostly);
  }

  @Override
  public Metric start(RowLayout layout, ResultFormat format) {
    int position = column() == null ? -1 : layout.position(column());
    return new Metric() {
      private final FailingRows failing = new FailingRows(format.idCap());
      private long judged;

      @Override
      public void accept(RowView row) {
        if (position >= 0 && row.isMissing(position)) {
          return;
        }
        judged++;
        if (!test.test(row, position)) {
          failing.add(row);
        }
      }

      @Override
      public Measurement finish() {
        double share = Numbers.share(judged - failing.count(), judged);
        return new Measurement(share, share >= mostly, failing);
      }
    };
  }
}
