package cascadekit.split;

import static org.assertj.core.api.Assertions.assertThat;

import cascadekit.data.Datasets;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/** The time split: the latest rows in test, the gap before them on neither side. */
class TimeSplitTest {
  @Test
  void should_test_the_latest_rows_and_drop_the_gap_before_them() {
    // GIVEN 10 rows whose times run 9, 8, ..., 0 (row 0 is the latest)
    Table table = SplitTables.rows(10).replaceColumn("t", IntColumn.create("t", 9, 8, 7, 6, 5, 4, 3, 2, 1, 0));
    // WHEN split with testFraction 0.3 and gap 2
    TrainTest split = TimeSplit.of(table, "t", 0.3, 2);
    // THEN test holds the 3 latest rows, the next 2 are dropped, training the 5 earliest, in table order
    assertThat(SplitTables.numbers(split.test())).as("test rows").containsExactly(0, 1, 2);
    assertThat(SplitTables.numbers(split.train())).as("training rows").containsExactly(5, 6, 7, 8, 9);
  }

  @Test
  void should_train_only_on_loans_applied_for_before_the_test_window() {
    // GIVEN the loan applications with their typed application times
    Table loans = Datasets.loanApplications();
    // WHEN split in time, a fifth held out after a gap of 30 applications
    TrainTest split = TimeSplit.of(loans, "applied_at", 0.2, 30);
    // THEN 801 in test, 3,170 in training, and the last training time is before the first test time
    LocalDateTime lastTrain = split.train().dateTimeColumn("applied_at").max();
    LocalDateTime firstTest = split.test().dateTimeColumn("applied_at").min();
    assertThat(split.test().rowCount()).as("test rows").isEqualTo(801);
    assertThat(split.train().rowCount()).as("training rows").isEqualTo(4001 - 801 - 30);
    assertThat(lastTrain).as("last training time").isBefore(firstTest);
  }
}
