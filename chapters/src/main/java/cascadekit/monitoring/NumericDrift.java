package cascadekit.monitoring;

/**
 * How a numeric column of one batch differs from the reference.
 *
 * @param psi the population stability index over the reference's decile bins
 * @param ksStatistic the Kolmogorov-Smirnov statistic D
 * @param ksPValue its asymptotic p-value
 * @param lInfinity the largest difference between the two sides' bin shares
 * @param meanShift the change of the mean, in reference standard deviations
 * @param sdRatio the current standard deviation over the reference's
 */
public record NumericDrift(
    double psi, double ksStatistic, double ksPValue, double lInfinity, double meanShift, double sdRatio) {}
