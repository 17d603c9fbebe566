package cascadekit.monitoring;

/**
 * The reference profile of one numeric column: its decile bins and their shares (for PSI and the
 * skew check), its distinct values (for Kolmogorov-Smirnov), its mean and standard deviation.
 * A {@link Window} counts a current batch against it in one pass.
 *
 * <pre>{@code
 * NumericProfile temperature = NumericProfile.of(trainingTemperatures);
 * NumericProfile.Window july = temperature.window();
 * julyTemperatures.forEach(july::add);
 * NumericDrift drift = july.drift();
 * }</pre>
 */
public final class NumericProfile {
  /** Deciles: ten bins of a tenth of the reference each. */
  public static final int BINS = 10;

  private final QuantileBins bins;
  private final double[] expected;
  private final KolmogorovSmirnov ks;
  private final double mean;
  private final double sd;

  private NumericProfile(double[] reference) {
    bins = QuantileBins.of(reference, BINS);
    expected = Shares.of(bins.counts(reference));
    ks = KolmogorovSmirnov.against(reference);
    Moments moments = new Moments();
    for (double v : reference) {
      moments.add(v);
    }
    mean = moments.mean();
    sd = moments.sd();
  }

  /** Returns the profile of {@code reference}. */
  public static NumericProfile of(double[] reference) {
    return new NumericProfile(reference);
  }

  /** Returns an empty current window. */
  public Window window() {
    return new Window();
  }

  /** A current batch of the column, counted against the reference. */
  public final class Window {
    private final long[] counts = new long[bins.size()];
    private final KolmogorovSmirnov.Window ksWindow = ks.window();
    private final Moments moments = new Moments();

    private Window() {}

    /** Counts one current value. */
    public void add(double value) {
      counts[bins.bin(value)]++;
      ksWindow.add(value);
      moments.add(value);
    }

    /** Returns every score of the window against the reference. */
    public NumericDrift drift() {
      double[] actual = Shares.of(counts);
      return new NumericDrift(
          Psi.of(expected, actual),
          ksWindow.statistic(),
          ksWindow.pValue(),
          Shares.lInfinity(expected, actual),
          (moments.mean() - mean) / sd,
          moments.sd() / sd);
    }
  }

  /** Running mean and population standard deviation (Welford's update, stable in one pass). */
  private static final class Moments {
    private long n;
    private double mean;
    private double squares;

    void add(double value) {
      n++;
      double delta = value - mean;
      mean += delta / n;
      squares += delta * (value - mean);
    }

    double mean() {
      return mean;
    }

    double sd() {
      return n == 0 ? 0 : Math.sqrt(squares / n);
    }
  }
}
