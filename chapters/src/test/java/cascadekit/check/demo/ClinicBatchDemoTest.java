package cascadekit.check.demo;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import org.assertj.core.api.Condition;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/** Runs the data project's tests, as its build would, on the raw batch of clinic visits and on the cleaned one. */
class ClinicBatchDemoTest {
  @Test
  void should_fail_the_raw_batch_naming_columns_rules_and_visits() {
    // GIVEN / WHEN the data tests judge the raw file
    EngineExecutionResults results = run("clinic-visits/visits.csv");
    // THEN four of seven fail, each saying what and where
    results.testEvents().assertStatistics(stats -> stats.started(7).succeeded(3).failed(4));
    results.testEvents().failed().assertThatEvents()
        .haveExactly(1, failed("should_load_every_row", "[rows the loader quarantined]"))
        .haveExactly(1, failed("should_record_ages_a_person_can_have",
            "column 'age': rule 'age is between 0 and 120' failed: measured 0.996, expected >= 1;"
                + " 12 failing rows of 3020, first: V00639, V01001, V01034"))
        .haveExactly(1, failed("should_code_sex_as_f_or_m",
            "column 'sex': rule 'sex is in [F, M]' failed: measured 0.9499, expected >= 1; 150 failing rows of 3020"))
        .haveExactly(1, failed("should_measure_height_in_cm_and_weight_in_kg",
            "column 'height_cm': rule 'height_cm is between 40 and 220' failed: measured 0.9799, expected >= 1;"
                + " 60 failing rows of 3020, first: V00020, V00078"));
  }

  @Test
  void should_pass_the_cleaned_batch() {
    // GIVEN / WHEN / THEN
    run("clinic-visits/visits_clean.csv").testEvents().assertStatistics(stats -> stats.started(7).succeeded(7).failed(0));
  }

  @Test
  void should_skip_the_data_tests_when_no_batch_is_chosen() {
    // GIVEN / WHEN / THEN
    EngineTestKit.engine("junit-jupiter").selectors(selectClass(ClinicBatchDataTest.class)).execute()
        .containerEvents().assertStatistics(stats -> stats.skipped(1));
  }

  private static EngineExecutionResults run(String batch) {
    return EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(ClinicBatchDataTest.class))
        .configurationParameter(BatchUnderTest.PARAMETER, batch)
        .execute();
  }

  private static Condition<Event> failed(String method, String text) {
    return event(test(method), finishedWithFailure(message(m -> m.contains(text))));
  }
}
