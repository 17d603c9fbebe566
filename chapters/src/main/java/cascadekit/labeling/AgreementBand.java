package cascadekit.labeling;

/**
 * The Landis and Koch (1977) bands for reading a kappa: below 0 poor, up to 0.20 slight, 0.40
 * fair, 0.60 moderate, 0.80 substantial, above that almost perfect. They are a convention, not a
 * test: a "substantial" kappa can still hide one class the raters never agree on.
 *
 * <pre>{@code
 * AgreementBand.of(0.21).label();   // => "fair"
 * }</pre>
 */
public enum AgreementBand {
  POOR("poor", 0),
  SLIGHT("slight", 0.20),
  FAIR("fair", 0.40),
  MODERATE("moderate", 0.60),
  SUBSTANTIAL("substantial", 0.80),
  ALMOST_PERFECT("almost perfect", Double.POSITIVE_INFINITY);

  private final String label;
  private final double upTo;

  AgreementBand(String label, double upTo) {
    this.label = label;
    this.upTo = upTo;
  }

  /** Returns the band of {@code kappa}; each band includes its upper bound, poor excludes 0. */
  public static AgreementBand of(double kappa) {
    if (Double.isNaN(kappa)) {
      throw new IllegalArgumentException("kappa is NaN");
    }
    if (kappa < 0) {
      return POOR;
    }
    for (AgreementBand band : values()) {
      if (band != POOR && kappa <= band.upTo) {
        return band;
      }
    }
    return ALMOST_PERFECT;
  }

  /** Returns the band's name as Landis and Koch wrote it, e.g. "almost perfect". */
  public String label() {
    return label;
  }
}
