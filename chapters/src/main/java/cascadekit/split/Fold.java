package cascadekit.split;

import tech.tablesaw.api.Table;

/**
 * One fold of a k-fold split: its test rows, and the training rows that go with them, each side
 * in the table's original row order. Across the folds of a k-fold split every row is in exactly
 * one test side; a time-series split's folds leave out the rows before the window and the gap.
 *
 * <pre>{@code
 * for (Fold fold : KFold.of(5).split(loans)) { fit(fold.train()); score(fold.test()); }
 * }</pre>
 *
 * @param index the fold's number, from 0
 * @param train the rows to train on
 * @param test the held-out rows
 */
public record Fold(int index, Table train, Table test) {}
