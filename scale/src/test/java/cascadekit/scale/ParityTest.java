package cascadekit.scale;

import static org.assertj.core.api.Assertions.assertThat;

import cascadekit.data.Datasets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * Chapter 06's suite on the kit and on Deequ: per constraint the same verdict, and the same metric
 * exactly (completeness, size, compliance, uniqueness, mean, population standard deviation),
 * within 10% for Deequ's HyperLogLog++ distinct count (relative standard error 5%), and within a
 * rank error of 0.01 for its approximate quantile (Deequ's default relative error).
 */
class ParityTest {
  static Table accepted() {
    Table truth = Datasets.clinicVisitsClean().table();
    return truth.where(truth.dateColumn("visit_date").isBefore(LocalDate.of(2023, 1, 1)));
  }

  @Test
  void should_agree_with_deequ_on_every_constraint_of_chapter_06_on_the_visits_as_delivered() {
    // GIVEN the visits as chapter 02's loader keeps them, as a table and as a DataFrame
    Table delivered = Datasets.clinicVisits().table();
    // WHEN the suite runs on both
    List<ParityRow> rows = Parity.run(delivered, Frames.of(SharedSpark.get(), delivered), VisitParity.checks(accepted()));
    // THEN every constraint agrees, and the defects fail on both sides
    assertThat(rows).as("constraints in chapter 06's suite plus 4 figures").hasSizeGreaterThan(30);
    assertThat(rows.stream().filter(r -> !r.agrees()).toList()).as("rows that disagree:%n%s", table(rows)).isEmpty();
    assertThat(rows.stream().filter(r -> !r.kitPassed()).count()).as("failed constraints:%n%s", table(rows)).isGreaterThan(3);
  }

  @Test
  void should_agree_with_deequ_on_the_true_visits() {
    // GIVEN the true visits, WHEN the suite runs on both, THEN every constraint agrees
    Table truth = Datasets.clinicVisitsClean().table();
    List<ParityRow> rows = Parity.run(truth, Frames.of(SharedSpark.get(), truth), VisitParity.checks(accepted()));
    assertThat(rows.stream().filter(r -> !r.agrees()).toList()).as("rows that disagree:%n%s", table(rows)).isEmpty();
  }

  static String table(List<ParityRow> rows) {
    return rows.stream().map(r -> String.format(Locale.ROOT, "%-48s kit %-12.6g deequ %-12.6g %s/%s %s", r.constraint(),
        r.kitValue(), r.deequValue(), r.kitPassed(), r.deequPassed(), r.tolerance())).collect(Collectors.joining("\n"));
  }
}
