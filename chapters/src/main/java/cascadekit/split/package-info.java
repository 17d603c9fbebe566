/**
 * The split stage: reproducible train/test splits and k-fold cross-validation on Tablesaw
 * tables, with scikit-learn's semantics where it has them. Every random choice is drawn from
 * {@code new SplittableRandom(seed)}, so the same table and seed give the same rows; each side
 * keeps the table's row order and columns. Bad arguments (a fraction outside (0, 1), fewer than
 * two folds, more folds than rows or groups, a missing or empty group, time or label column, a
 * class too small to stratify) are an {@link java.lang.IllegalArgumentException} naming the
 * argument, its value and the column or class.
 *
 * <h2>Single splits ({@link cascadekit.split.TrainTest})</h2>
 * <ul>
 *   <li>{@link cascadekit.split.RandomSplit}: {@code ceil(testFraction * n)} test rows, as
 *       {@code train_test_split}.
 *   <li>{@link cascadekit.split.StratifiedSplit}: the same test size shared among classes by the
 *       largest remainder, ties to the class first in the table. {@code StratifiedShuffleSplit}
 *       gives the same counts but breaks tied remainders at random; it accepts a class that ends
 *       with no row on a side, the kit refuses it.
 *   <li>{@link cascadekit.split.GroupSplit}: whole groups; the fraction counts groups, as
 *       {@code GroupShuffleSplit}.
 *   <li>{@link cascadekit.split.StratifiedGroupSplit}: whole groups, largest first, each sent to
 *       test when that brings the per-class test counts closer to their largest-remainder
 *       targets; the fraction counts rows. scikit-learn has no such single split.
 *   <li>{@link cascadekit.split.TimeSplit}: the latest {@code ceil(testFraction * n)} rows by a
 *       time column in test, {@code gap} rows before them dropped; no randomness.
 *   <li>{@link cascadekit.split.GroupTimeSplit}: the time split with the training rows of every
 *       group that has a test row purged, so no group is on both sides; scikit-learn has none.
 * </ul>
 *
 * <h2>K-fold splits ({@link cascadekit.split.Fold})</h2>
 * <ul>
 *   <li>{@link cascadekit.split.KFold}: {@code KFold}'s sizes (the first {@code n % k} folds
 *       one row larger), optionally shuffled.
 *   <li>{@link cascadekit.split.StratifiedKFold}: {@code StratifiedKFold}'s allocation (0.22 and
 *       later); a class with fewer rows than folds is refused where scikit-learn warns.
 *   <li>{@link cascadekit.split.GroupKFold}: {@code GroupKFold} as in 1.6 and later: greedy by
 *       rows (largest group to the lightest fold), or shuffled and cut into runs of groups.
 *       Equal-sized groups are taken in order of first appearance (scikit-learn: numpy's argsort).
 *   <li>{@link cascadekit.split.StratifiedGroupKFold}: {@code StratifiedGroupKFold}'s heuristic
 *       (1.0 and later, with the shuffle as fixed in 2025); groups start in order of first
 *       appearance, not sorted; a class smaller than the folds, or a fold left empty, is refused.
 *   <li>{@link cascadekit.split.TimeSeriesSplit}: {@code TimeSeriesSplit(n_splits,
 *       max_train_size, test_size, gap)}'s exact sizes (0.24 and later), on rows sorted by a time
 *       column, which must be a date, a date-time or a number, never text.
 * </ul>
 *
 * <p>The random generators differ from numpy's, so a seeded kit split never holds the same rows
 * as scikit-learn's with the same seed: the sizes and rules match, not the draws.
 *
 * <h2>Leakage audit ({@link cascadekit.split.LeakageAudit})</h2>
 * Given a training and a test table and the {@link cascadekit.split.ColumnRoles} of their
 * columns, it reports a {@link cascadekit.split.LeakageFinding} per check, with the rows or column
 * at fault and the rule, with deepchecks' default conditions ({@link
 * cascadekit.split.LeakageThresholds#DEFAULT}): exact and near-duplicate rows across the sides
 * (normalised, without id and time, hashed), shared ids and groups, test rows earlier than the
 * last training row, each feature's and each identifier's power to predict the label on its own,
 * and the statistics a preprocessing step fitted ({@link cascadekit.split.FittedStatistic}) held
 * against their training-only values.
 */
package cascadekit.split;
