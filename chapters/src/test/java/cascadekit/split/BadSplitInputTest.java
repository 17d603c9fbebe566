package cascadekit.split;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Bad arguments fail with an IllegalArgumentException naming the argument and its value. */
class BadSplitInputTest {
  private static final Table SIX = SplitTables.grouped(
      new String[] {"a", "a", "a", "b", "b", "b"}, new String[] {"g1", "g1", "g2", "g2", "g3", "g3"});

  @ParameterizedTest(name = "testFraction={0}")
  @ValueSource(doubles = {0, 1, -0.1, 1.5, Double.NaN})
  void should_refuse_a_fraction_outside_zero_and_one(double fraction) {
    // GIVEN six rows WHEN / THEN every single split refuses the fraction, naming it
    String expected = "testFraction must be in (0, 1), got " + fraction;
    assertThatThrownBy(() -> RandomSplit.of(SIX, fraction, 1)).hasMessage(expected);
    assertThatThrownBy(() -> StratifiedSplit.of(SIX, "label", fraction, 1)).hasMessage(expected);
    assertThatThrownBy(() -> GroupSplit.of(SIX, "group", fraction, 1)).hasMessage(expected);
    assertThatThrownBy(() -> StratifiedGroupSplit.of(SIX, "label", "group", fraction, 1)).hasMessage(expected);
    assertThatThrownBy(() -> TimeSplit.of(SIX, "t", fraction, 0)).hasMessage(expected);
  }

  @Test
  void should_refuse_fewer_than_two_folds() {
    // WHEN / THEN
    assertThatThrownBy(() -> KFold.of(1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("nSplits must be at least 2, got 1");
    assertThatThrownBy(() -> StratifiedKFold.of(0)).hasMessage("nSplits must be at least 2, got 0");
    assertThatThrownBy(() -> GroupKFold.of(-3)).hasMessage("nSplits must be at least 2, got -3");
    assertThatThrownBy(() -> StratifiedGroupKFold.of(1)).hasMessage("nSplits must be at least 2, got 1");
    assertThatThrownBy(() -> TimeSeriesSplit.of(1)).hasMessage("nSplits must be at least 2, got 1");
  }

  @Test
  void should_refuse_more_folds_than_groups_or_rows() {
    // GIVEN six rows in three groups WHEN / THEN
    assertThatThrownBy(() -> GroupKFold.of(4).split(SIX, "group"))
        .hasMessage("nSplits=4 is more than the 3 groups of group column 'group'; each fold needs a group of its own");
    assertThatThrownBy(() -> StratifiedGroupKFold.of(4).split(SIX, "label", "group")).hasMessageStartingWith("nSplits=4");
    assertThatThrownBy(() -> KFold.of(7).split(SIX)).hasMessage("nSplits=7 is more than the 6 rows of table 't'");
    assertThatThrownBy(() -> TimeSeriesSplit.of(6).split(SIX, "t")).hasMessage("nSplits=6 needs 7 rows; table 't' has 6");
    assertThatThrownBy(() -> TimeSeriesSplit.of(2).gap(4).split(SIX, "t"))
        .hasMessage("nSplits=2 with testSize=2 and gap=4 leaves no training row in 6 rows");
    assertThatThrownBy(() -> RandomSplit.of(SplitTables.rows(1), 0.5, 1))
        .hasMessage("testFraction=0.5 of 1 rows puts 1 in test and 0 in training; each side needs at least one");
    assertThatThrownBy(() -> GroupSplit.of(SIX, "group", 0.9, 1)).hasMessageStartingWith("testFraction=0.9 of 3 groups");
    Table oneGroup = SplitTables.grouped(new String[] {"a", "b", "a", "b"}, new String[] {"g", "g", "g", "g"});
    assertThatThrownBy(() -> StratifiedGroupSplit.of(oneGroup, "label", "group", 0.5, 1))
        .hasMessage("group column 'group' has 1 group; a grouped split needs at least 2");
  }

  @Test
  void should_name_a_missing_group_time_or_label_column() {
    // WHEN / THEN
    assertThatThrownBy(() -> GroupSplit.of(SIX, "applicant", 0.5, 1))
        .hasMessage("group column 'applicant' is not in table 't'; its columns are [id, t, label, group]");
    assertThatThrownBy(() -> TimeSplit.of(SIX, "applied_at", 0.5, 0)).hasMessageStartingWith("time column 'applied_at' is not");
    assertThatThrownBy(() -> StratifiedKFold.of(2).split(SIX, "defaulted")).hasMessageStartingWith("label column 'defaulted' is not");
    assertThatThrownBy(() -> StratifiedGroupSplit.of(SIX, "label", "who", 0.5, 1)).hasMessageStartingWith("group column 'who'");
  }

  @Test
  void should_refuse_a_missing_value_or_a_time_held_as_text() {
    // GIVEN a group column with an empty cell, and times written as text
    Table holed = SIX.copy().replaceColumn("group", StringColumn.create("group", "g1", "g1", "", "g2", "g3", "g3"));
    Table textTimes = SIX.copy().replaceColumn("t", StringColumn.create("t", "1", "2", "3", "4", "5", "6"));
    // WHEN / THEN
    assertThatThrownBy(() -> GroupKFold.of(2).split(holed, "group"))
        .hasMessage("group column 'group' of table 't' has no value at row 2; a split needs one on every row");
    assertThatThrownBy(() -> TimeSplit.of(textTimes, "t", 0.5, 0))
        .hasMessage("time column 't' holds STRING, which does not sort as time; load it as a date, a date-time or a number");
  }

  @Test
  void should_refuse_a_class_too_small_to_stratify() {
    // GIVEN 5 a and 1 b
    Table table = SplitTables.labelled("a", "a", "b", "a", "a", "a");
    // WHEN / THEN b cannot be in 2 folds, nor on both sides
    assertThatThrownBy(() -> StratifiedKFold.of(2).split(table, "label")).hasMessage(
        "class 'b' of label 'label' has 1 rows, fewer than nSplits=2; too few to stratify, some fold would test none of it");
    assertThatThrownBy(() -> StratifiedSplit.of(table, "label", 0.5, 1)).hasMessage("class 'b' of label 'label' has 1 rows:"
        + " testFraction=0.5 puts 0 in test and 1 in training; too few to stratify, each class needs a row on each side");
  }

  @Test
  void should_refuse_a_negative_or_too_large_gap_and_empty_sizes() {
    // WHEN / THEN
    assertThatThrownBy(() -> TimeSplit.of(SIX, "t", 0.5, -1)).hasMessageStartingWith("gap=-1 must be at least 0");
    assertThatThrownBy(() -> TimeSplit.of(SIX, "t", 0.5, 3))
        .hasMessage("gap=3 must be at least 0 and leave a training row: 6 rows, 3 in test (testFraction=0.5)");
    assertThatThrownBy(() -> TimeSeriesSplit.of(2).gap(-1)).hasMessage("gap must be at least 0, got -1");
    assertThatThrownBy(() -> TimeSeriesSplit.of(2).testSize(0)).hasMessage("testSize must be at least 1, got 0");
    assertThatThrownBy(() -> TimeSeriesSplit.of(2).maxTrainSize(0)).hasMessage("maxTrainSize must be at least 1, got 0");
  }
}
