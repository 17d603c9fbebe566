package cascadekit.split;

import tech.tablesaw.api.Table;

/**
 * One split of a table: the rows to train on and the rows held out, each side in the table's
 * original row order. Every row is on exactly one side, except the rows a time split drops:
 * the {@code gap} before the test window, and a grouped time split's purged rows.
 *
 * <pre>{@code
 * TrainTest split = RandomSplit.of(loans, 0.2, 42);
 * split.train().rowCount() + split.test().rowCount();   // => loans.rowCount()
 * }</pre>
 *
 * @param train the rows to train on
 * @param test the held-out rows
 */
public record TrainTest(Table train, Table test) {}
