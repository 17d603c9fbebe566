package cascadekit.monitoring;

/**
 * The population stability index between a reference and a current distribution over the same
 * bins: {@code PSI = sum over bins of (a - e) * ln(a / e)}, where {@code e} is the reference
 * share and {@code a} the current share of a bin.
 *
 * <p>The bins come from the reference (see {@link QuantileBins}), never from the current window:
 * bins cut at the current window's quantiles would hold a tenth of it each, and a shifted window
 * would look just like the reference. An empty bin has share 0 and {@code ln(0)} is undefined,
 * so a share below {@link #EPSILON} is replaced by {@code EPSILON} before the formula.
 *
 * <pre>{@code
 * Psi.of(new double[] {0.5, 0.5}, new double[] {0.25, 0.75})   // => 0.2747
 * }</pre>
 */
public final class Psi {
  /** The share used in place of an empty bin's 0 (as memberjunction and many tools do). */
  public static final double EPSILON = 1e-4;

  /** Below this the populations are alike; the usual band edges. */
  public static final double MODERATE = 0.1;

  /** From this on the change is significant. */
  public static final double SIGNIFICANT = 0.25;

  private Psi() {}

  /** Returns the PSI of {@code actual} shares against {@code expected} shares of the same bins. */
  public static double of(double[] expected, double[] actual) {
    if (expected.length != actual.length || expected.length == 0) {
      throw new IllegalArgumentException(
          "need the same bins on both sides: " + expected.length + " expected, " + actual.length + " actual");
    }
    double psi = 0;
    for (int i = 0; i < expected.length; i++) {
      double e = Math.max(expected[i], EPSILON);
      double a = Math.max(actual[i], EPSILON);
      psi += (a - e) * Math.log(a / e);
    }
    return psi;
  }

  /** Returns the band a PSI falls in: {@code insignificant}, {@code moderate} or {@code significant}. */
  public static String band(double psi) {
    return psi < MODERATE ? "insignificant" : psi < SIGNIFICANT ? "moderate" : "significant";
  }
}
