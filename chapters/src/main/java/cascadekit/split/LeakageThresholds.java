package cascadekit.split;

import java.math.BigDecimal;

/**
 * The limits a leakage audit holds a split to. {@link #DEFAULT} takes deepchecks' default
 * conditions where it has one: test rows also in training at most 5% ({@code
 * TrainTestSamplesMix}, 10% before deepchecks 0.17); no test row dated before the last training
 * row ({@code DateTrainTestLeakageOverlap}); no shared index ({@code IndexTrainTestLeakage}); no
 * predictive power in an identifier ({@code IdentifierLabelCorrelation}, once {@code
 * IdentifierLeakage}); a feature's power in training below 0.7 and its train-test difference
 * below 0.2 ({@code FeatureLabelCorrelationChange}). Deepchecks has no
 * group check; the kit allows no shared group, as scikit-learn's {@code GroupKFold} guarantees.
 *
 * @param maxDuplicateShare largest allowed share of test rows duplicating a training row
 * @param maxGroupShare largest allowed share of test rows whose group is also in training
 * @param maxIdShare largest allowed share of test rows whose id is also in training
 * @param maxTimeShare largest allowed share of test rows earlier than the last training row
 * @param maxIdentifierPower largest allowed power of an id, group or time column
 * @param maxTrainPower a feature with this power in training or more predicts nearly perfectly
 * @param maxPowerChange a train-test power difference of this or more is flagged
 * @param nearTolerance relative difference within which a number counts as nearly the same
 * @param statisticTolerance relative difference within which a fitted statistic counts as equal
 */
public record LeakageThresholds(
    double maxDuplicateShare,
    double maxGroupShare,
    double maxIdShare,
    double maxTimeShare,
    double maxIdentifierPower,
    double maxTrainPower,
    double maxPowerChange,
    double nearTolerance,
    double statisticTolerance) {
  /** Deepchecks' defaults, the kit's zero for groups, 1% for near duplicates, 1e-9 for statistics. */
  public static final LeakageThresholds DEFAULT = new LeakageThresholds(0.05, 0, 0, 0, 0, 0.7, 0.2, 0.01, 1e-9);

  /** Returns {@code limit} as a rule prints it: {@code 0}, {@code 0.05}, never {@code 0.0}. */
  static String show(double limit) {
    return BigDecimal.valueOf(limit).stripTrailingZeros().toPlainString();
  }
}
