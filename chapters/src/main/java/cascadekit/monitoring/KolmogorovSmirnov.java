package cascadekit.monitoring;

import java.util.Arrays;

/**
 * The two-sample Kolmogorov-Smirnov test: the statistic {@code D} is the largest vertical gap
 * between the two empirical CDFs; its p-value comes from Kolmogorov's limiting distribution,
 * {@code p = 2 * sum over k >= 1 of (-1)^(k-1) * exp(-2 k^2 lambda^2)} with
 * {@code lambda = D * sqrt(n m / (n + m))}, as Commons Math's {@code approximateP} computes it
 * for large samples.
 *
 * <p>Against a fixed reference the statistic needs no second sort and no stored current
 * window: between two neighbouring reference values the reference CDF is flat, so the gap can
 * only peak at a reference value or at the last current value before the next one. Counting the
 * current values at and between the reference values, in one pass, is enough.
 *
 * <pre>{@code
 * KolmogorovSmirnov ks = KolmogorovSmirnov.against(reference);
 * KolmogorovSmirnov.Window window = ks.window();
 * current.forEach(window::add);
 * window.statistic();   // D
 * window.pValue();
 * }</pre>
 */
public final class KolmogorovSmirnov {
  private static final int MAX_TERMS = 100_000;

  private final double[] values;
  private final long[] atOrBelow;

  private KolmogorovSmirnov(double[] values, long[] atOrBelow) {
    this.values = values;
    this.atOrBelow = atOrBelow;
  }

  /** Returns the test against {@code reference}: its distinct values and their cumulative counts. */
  public static KolmogorovSmirnov against(double[] reference) {
    if (reference.length == 0) {
      throw new IllegalArgumentException("need a non-empty reference sample");
    }
    double[] sorted = reference.clone();
    Arrays.sort(sorted);
    double[] distinct = new double[sorted.length];
    long[] cumulative = new long[sorted.length];
    int k = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (k == 0 || sorted[i] != distinct[k - 1]) {
        distinct[k++] = sorted[i];
      }
      cumulative[k - 1] = i + 1;
    }
    return new KolmogorovSmirnov(Arrays.copyOf(distinct, k), Arrays.copyOf(cumulative, k));
  }

  /** Returns an empty current window to fill with {@link Window#add}. */
  public Window window() {
    return new Window();
  }

  /** A current window, counted against the reference's distinct values. */
  public final class Window {
    private final long[] at = new long[values.length];
    private final long[] between = new long[values.length + 1];
    private long size;

    private Window() {}

    /** Counts one current value: at a reference value, or in the gap before the next one. */
    public void add(double value) {
      int i = Arrays.binarySearch(values, value);
      if (i >= 0) {
        at[i]++;
      } else {
        between[-i - 1]++;
      }
      size++;
    }

    /** Returns D, the largest gap between the reference and the current empirical CDFs. */
    public double statistic() {
      if (size == 0) {
        throw new IllegalStateException("the current window is empty");
      }
      double n = atOrBelow[values.length - 1];
      double d = 0;
      long current = 0;
      for (int j = 0; j < values.length; j++) {
        double referenceBefore = j == 0 ? 0 : atOrBelow[j - 1] / n;
        current += between[j];
        d = Math.max(d, Math.abs(current / (double) size - referenceBefore));
        current += at[j];
        d = Math.max(d, Math.abs(current / (double) size - atOrBelow[j] / n));
      }
      return d;
    }

    /** Returns the asymptotic p-value of {@link #statistic()}. */
    public double pValue() {
      return KolmogorovSmirnov.pValue(statistic(), atOrBelow[values.length - 1], size);
    }
  }

  /** Returns the asymptotic p-value of statistic {@code d} for samples of {@code n} and {@code m}. */
  public static double pValue(double d, long n, long m) {
    double lambda = d * Math.sqrt((double) n * m / (n + m));
    if (lambda == 0) {
      return 1;
    }
    double sum = 0;
    double sign = 1;
    for (int k = 1; k < MAX_TERMS; k++) {
      double term = Math.exp(-2.0 * k * k * lambda * lambda);
      sum += sign * term;
      sign = -sign;
      if (term < 1e-20) {
        break;
      }
    }
    return Math.min(1, Math.max(0, 2 * sum));
  }
}
