package cascadekit.split;

import static org.assertj.core.api.Assertions.assertThat;

import cascadekit.data.Datasets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tech.tablesaw.api.Table;

/** Every single split of the loan applications: each row on one side, in order, repeatable. */
class SplitInvariantsTest {
  private static final Table LOANS = Datasets.loanApplications();

  static Stream<Arguments> splits() {
    return Stream.of(
        split("random", seed -> RandomSplit.of(LOANS, 0.2, seed)),
        split("stratified", seed -> StratifiedSplit.of(LOANS, "defaulted", 0.2, seed)),
        split("grouped", seed -> GroupSplit.of(LOANS, "applicant_id", 0.2, seed)),
        split("stratified-grouped", seed -> StratifiedGroupSplit.of(LOANS, "defaulted", "applicant_id", 0.2, seed)));
  }

  private static Arguments split(String name, LongFunction<TrainTest> split) {
    return Arguments.of(name, split);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("splits")
  void should_put_every_application_on_one_side_in_file_order(String name, LongFunction<TrainTest> split) {
    // GIVEN the 4,001 applications, ids L00001.. in file order
    // WHEN split with seed 42
    TrainTest sides = split.apply(42);
    // THEN train + test hold every id once, each side in file order
    List<String> train = sides.train().stringColumn("application_id").asList();
    List<String> test = sides.test().stringColumn("application_id").asList();
    List<String> all = new ArrayList<>(train);
    all.addAll(test);
    assertThat(all).as(name + ": ids on either side").hasSize(4001).doesNotHaveDuplicates();
    assertThat(train).as(name + ": training in file order").isSorted();
    assertThat(test).as(name + ": test in file order").isSorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("splits")
  void should_hold_out_the_same_rows_for_the_same_seed_only(String name, LongFunction<TrainTest> split) {
    // GIVEN the applications
    // WHEN split twice with seed 7 and once with seed 8
    List<String> first = split.apply(7).test().stringColumn("application_id").asList();
    List<String> again = split.apply(7).test().stringColumn("application_id").asList();
    List<String> other = split.apply(8).test().stringColumn("application_id").asList();
    // THEN the same seed gives the same test rows, another seed others
    assertThat(again).as(name + ": same seed").isEqualTo(first);
    assertThat(other).as(name + ": another seed").isNotEqualTo(first);
  }
}
