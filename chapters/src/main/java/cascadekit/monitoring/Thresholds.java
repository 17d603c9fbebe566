package cascadekit.monitoring;

import java.time.Duration;

/**
 * When a monitor raises a finding. The defaults are the kit's choices for monthly batches of
 * about a thousand rows against a 3,000-row reference; chapter 08 explains each one.
 *
 * @param psi a numeric column drifted when its PSI is at least this (the "significant" band)
 * @param jensenShannon a categorical column drifted when its JS distance (base 2) is at least this
 * @param skew a column is skewed when some bin's or category's share differs from training's by
 *     at least this (L-infinity): most serving values land where training had few
 * @param meanShift a numeric drift is a mean shift when the mean moved at least this many
 *     reference standard deviations, otherwise a variance change
 * @param repeatedShare a batch is stale when more than this share of its timestamps repeat
 * @param maxLag or when its newest reading is older than this when the batch closes
 * @param sigmas a batch's row count is an anomaly beyond mean +/- this many standard deviations
 */
public record Thresholds(
    double psi,
    double jensenShannon,
    double skew,
    double meanShift,
    double repeatedShare,
    Duration maxLag,
    double sigmas) {

  /** The kit's defaults. */
  public static final Thresholds DEFAULT =
      new Thresholds(Psi.SIGNIFICANT, 0.1, 0.5, 0.25, 0.01, Duration.ofDays(2), 3);
}
