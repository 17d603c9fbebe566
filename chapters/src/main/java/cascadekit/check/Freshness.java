package cascadekit.check;

import java.time.Duration;
import java.time.Instant;

/**
 * Soda's {@code freshness(ts) < 3d}: the newest value of a date or time column is no older than
 * {@code maxAge} at the moment {@code asOf}, a parameter and never the clock, so a run can be
 * repeated. The value is the newest value's age in hours (negative when it lies after
 * {@code asOf}). A local date is read as the start of its day in UTC, a local date-time as UTC;
 * store instants when the zone matters. A column with no values has no newest one: NaN, failed.
 */
final class Freshness extends ColumnRule {
  private static final double SECONDS_PER_HOUR = 3600;

  private final Duration maxAge;
  private final Instant asOf;

  private Freshness(String column, Duration maxAge, Instant asOf) {
    super(column, RowLayout.Kind.TEMPORAL);
    this.maxAge = maxAge;
    this.asOf = asOf;
  }

  /** Returns the constraint; refuses, in the name of {@code check}, a missing or negative age or moment. */
  static Freshness of(String check, String column, Duration maxAge, Instant asOf) {
    Arguments.column(check, column);
    Duration age = Arguments.present(check, column, "the maximum age", maxAge);
    if (age.isNegative()) {
      throw CheckDefinitionException.of(check, column, "maximum age " + age + " is negative");
    }
    return new Freshness(column, age, Arguments.present(check, column, "asOf", asOf));
  }

  @Override
  public String sentence() {
    return column() + " is fresh: newest at most " + hours(maxAge) + " h old at " + asOf;
  }

  @Override
  public String threshold() {
    return "<= " + hours(maxAge);
  }

  @Override
  public Metric start(RowLayout layout, ResultFormat format) {
    int position = layout.position(column());
    return new Metric() {
      private long newest = Long.MIN_VALUE;

      @Override
      public void accept(RowView row) {
        if (!row.isMissing(position)) {
          newest = Math.max(newest, row.epochSecond(position));
        }
      }

      @Override
      public Measurement finish() {
        if (newest == Long.MIN_VALUE) {
          return Measurement.of(Double.NaN, false);
        }
        double age = (asOf.getEpochSecond() - newest) / SECONDS_PER_HOUR;
        return Measurement.of(age, age <= maxAge.getSeconds() / SECONDS_PER_HOUR);
      }
    };
  }

  private static String hours(Duration duration) {
    return Numbers.text(duration.getSeconds() / SECONDS_PER_HOUR);
  }
}
