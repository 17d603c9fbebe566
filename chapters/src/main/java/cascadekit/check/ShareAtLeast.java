package cascadekit.check;

import java.util.List;

/**
 * A column's share (completeness, uniqueness) held to a lower bound; a bound of 1 reads as an
 * adjective: {@code visit_id is unique}, else {@code visit_id has uniqueness at least 0.9}; a key
 * of several columns reads in the plural: {@code patient_id, visit_date are unique}.
 */
abstract class ShareAtLeast extends ColumnRule {
  private final String adjective;
  private final String metric;
  private final double atLeast;

  ShareAtLeast(String column, double atLeast, String adjective, String metric) {
    this(List.of(column), atLeast, adjective, metric);
  }

  ShareAtLeast(List<String> columns, double atLeast, String adjective, String metric) {
    super(columns, RowLayout.Kind.ANY);
    this.atLeast = atLeast;
    this.adjective = adjective;
    this.metric = metric;
  }

  @Override
  public final String sentence() {
    boolean plural = columns().size() > 1;
    return column() + (atLeast == 1 ? (plural ? " are " : " is ") + adjective
        : (plural ? " have " : " has ") + metric + " at least " + Numbers.text(atLeast));
  }

  @Override
  public final String threshold() {
    return atLeast(atLeast);
  }

  /** Returns the measurement of a share: passed when it reaches the bound. */
  final Measurement measured(double share, FailingRows failing) {
    return new Measurement(share, share >= atLeast, failing);
  }
}
