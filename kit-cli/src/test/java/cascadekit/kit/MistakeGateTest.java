package cascadekit.kit;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The integrity gate's checks of the mistake catalogue; the fixture catalogues two caught mistakes. */
class MistakeGateTest {
  @TempDir Path root;

  @Test
  void should_name_a_mistake_that_passes_every_test() throws Exception {
    // GIVEN a mistake the tests cannot tell from the solution
    Project project = FixtureProject.create(root);
    FixtureProject.write(root, FixtureProject.mistake("adds-n-to-itself"), FixtureProject.mistakeText("adds n to itself.", "n + n"));
    // WHEN
    IntegrityReport report = IntegrityGateTest.runGate(project);
    // THEN
    assertThat(report.problems())
        .containsExactly(
            "01.double-it: mistake 'adds-n-to-itself' (adds n to itself) passes every test; add a test that catches it");
    assertThat(report.summary()).endsWith("2/3 mistakes caught: 1 problem");
  }

  @Test
  void should_report_a_mistake_that_does_not_compile() throws Exception {
    // GIVEN
    Project project = FixtureProject.create(root);
    FixtureProject.write(root, FixtureProject.mistake("typo"), FixtureProject.mistakeText("misspells n.", "2 * m"));
    // WHEN
    IntegrityReport report = IntegrityGateTest.runGate(project);
    // THEN
    assertThat(report.problems())
        .singleElement(as(STRING))
        .startsWith("01.double-it: mistake 'typo' does not compile: solutions/src/mistakes/01.double-it/typo/fixture/DoubleIt.java:");
  }

  @Test
  void should_report_a_mistake_without_its_comment_line() throws Exception {
    // GIVEN
    Project project = FixtureProject.create(root);
    FixtureProject.write(root, FixtureProject.mistake("unnamed"), FixtureProject.SOLUTION_TEXT.replace("2 * n", "n"));
    // WHEN
    IntegrityReport report = IntegrityGateTest.runGate(project);
    // THEN
    assertThat(report.problems())
        .containsExactly(
            "01.double-it: mistake 'unnamed' needs solutions/src/mistakes/01.double-it/unnamed/fixture/DoubleIt.java"
                + " whose first line is '// Mistake: ...'");
  }

  @Test
  void should_require_two_mistakes_per_exercise() throws Exception {
    // GIVEN
    Project project = FixtureProject.create(root);
    FileTrees.deleteIfExists(root.resolve(FixtureProject.MISTAKES + "squares"));
    // WHEN
    IntegrityReport report = IntegrityGateTest.runGate(project);
    // THEN
    assertThat(report.problems()).containsExactly("01.double-it: needs 2 or more catalogued mistakes, has 1");
    assertThat(report.table().get(1)).endsWith(" 1/1");
  }

  @Test
  void should_report_a_mistake_folder_of_no_indexed_exercise() throws Exception {
    // GIVEN
    Project project = FixtureProject.create(root);
    FixtureProject.write(root, "solutions/src/mistakes/02.triple-it/adds-three/fixture/Tripler.java", "// Mistake: adds.\n");
    // WHEN
    IntegrityReport report = IntegrityGateTest.runGate(project);
    // THEN
    assertThat(report.problems())
        .containsExactly("index: solutions/src/mistakes/02.triple-it belongs to no exercise in exercises/EXERCISES.md");
  }
}
