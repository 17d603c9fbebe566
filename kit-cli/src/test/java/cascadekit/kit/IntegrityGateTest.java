package cascadekit.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntegrityGateTest {
  @TempDir Path root;

  /** Returns the integrity gate's report on {@code project}. */
  static IntegrityReport runGate(Project project) throws InterruptedException {
    return new IntegrityGate(project).run(ExerciseIndex.read(project.index()));
  }

  @Test
  void should_pass_when_every_test_fails_on_the_stub_and_passes_on_the_solution() throws Exception {
    // GIVEN
    Project project = FixtureProject.create(root);
    // WHEN
    IntegrityReport report = runGate(project);
    // THEN
    assertThat(report.problems()).isEmpty();
    assertThat(report.summary())
        .isEqualTo("integrity: 1 exercises, 2 tests: 2/2 fail on stubs, 2/2 pass on solutions, 2/2 mistakes caught");
    assertThat(report.table().get(1)).endsWith(" 2/2");
  }

  @Test
  void should_fail_naming_the_exercise_when_the_solution_is_copied_over_the_stub() throws Exception {
    // GIVEN
    Project project = FixtureProject.create(root);
    FixtureProject.write(root, FixtureProject.STUB, FixtureProject.SOLUTION_TEXT);
    // WHEN
    IntegrityReport report = runGate(project);
    // THEN
    assertThat(report.passed()).isFalse();
    assertThat(report.problems())
        .contains("01.double-it: test 'three' passes on the stub; it must fail until the learner's change")
        .anyMatch(p -> p.startsWith("01.double-it: its stub") && p.contains("no '// TODO:'"));
  }

  @Test
  void should_fail_naming_the_test_when_the_solution_returns_zero() throws Exception {
    // GIVEN
    Project project = FixtureProject.create(root);
    FixtureProject.write(root, FixtureProject.SOLUTION, FixtureProject.SOLUTION_TEXT.replace("2 * n", "0"));
    // WHEN
    IntegrityReport report = runGate(project);
    // THEN
    assertThat(report.problems())
        .hasSize(2)
        .allMatch(p -> p.startsWith("01.double-it: test '") && p.contains("fails on the solution"));
    assertThat(report.summary()).contains("0/2 pass on solutions, 2/2 mistakes caught: 2 problems");
  }

  @Test
  void should_allow_tests_the_index_declares_may_pass_on_the_stub() throws Exception {
    // GIVEN a fix-the-bug stub that already handles positive numbers
    Project project = FixtureProject.create(root);
    FixtureProject.write(
        root,
        FixtureProject.STUB,
        FixtureProject.STUB_TEXT.replace(
            "throw new UnsupportedOperationException(\"01.double-it: not written yet\");", "return n + 3;"));
    FixtureProject.write(
        root, "exercises/EXERCISES.md", FixtureProject.INDEX.replace("| may pass on stub | none |", "| may pass on stub | `three` |"));
    StubChecksums.write(project, ExerciseIndex.read(project.index()));
    // WHEN
    IntegrityReport report = runGate(project);
    // THEN
    assertThat(report.problems()).isEmpty();
    assertThat(report.summary()).contains("1/1 fail on stubs");
  }

  @Test
  void should_report_a_stub_no_exercise_lists_and_a_missing_hint() throws Exception {
    // GIVEN
    Project project = FixtureProject.create(root);
    FixtureProject.write(root, "exercises/src/main/java/fixture/Stray.java", "package fixture; class Stray {}");
    FixtureProject.write(root, "exercises/EXERCISES.md", FixtureProject.INDEX.replace("2. Return `2 * n`.", ""));
    // WHEN
    IntegrityReport report = runGate(project);
    // THEN
    assertThat(report.problems())
        .contains("index: exercises/src/main/java/fixture/Stray.java belongs to no exercise in exercises/EXERCISES.md")
        .contains("01.double-it: needs 2 or more non-empty hints, has 1");
  }

  @Test
  void should_report_a_stub_that_no_longer_compiles_with_its_tests() throws Exception {
    // GIVEN a stub whose method was renamed
    Project project = FixtureProject.create(root);
    FixtureProject.write(root, FixtureProject.STUB, FixtureProject.STUB_TEXT.replace("twice(int n)", "thrice(int n)"));
    // WHEN
    IntegrityReport report = runGate(project);
    // THEN
    assertThat(report.problems()).anyMatch(p -> p.startsWith("01.double-it: stub does not compile with its tests: exercises/src/test/java/fixture/DoubleItTest.java:"));
  }

  @Test
  void should_name_a_disabled_test_on_the_stub_and_on_the_solution() throws Exception {
    // GIVEN
    Project project = FixtureProject.create(root);
    FixtureProject.write(
        root,
        FixtureProject.TEST,
        FixtureProject.TEST_TEXT
            .replace("import org.junit.jupiter.api.DisplayName;", "import org.junit.jupiter.api.Disabled;\nimport org.junit.jupiter.api.DisplayName;")
            .replace("  @DisplayName(\"twice 3 is 6\")", "  @Disabled(\"not ready\")\n  @DisplayName(\"twice 3 is 6\")"));
    // WHEN
    IntegrityReport report = runGate(project);
    // THEN
    assertThat(report.problems())
        .containsExactly(
            "01.double-it: test 'three' was skipped (not ready) on the stub",
            "01.double-it: test 'three' was skipped (not ready) on the solution");
  }

  @Test
  void should_name_a_test_whose_assumption_fails() throws Exception {
    // GIVEN
    Project project = FixtureProject.create(root);
    FixtureProject.write(
        root,
        FixtureProject.TEST,
        FixtureProject.TEST_TEXT.replace(
            "    assertThat(DoubleIt.twice(-2))",
            "    org.junit.jupiter.api.Assumptions.assumeTrue(false, \"negative numbers later\");\n    assertThat(DoubleIt.twice(-2))"));
    // WHEN
    IntegrityReport report = runGate(project);
    // THEN
    assertThat(report.problems())
        .containsExactly(
            "01.double-it: test 'negative' was skipped (Assumption failed: negative numbers later) on the stub",
            "01.double-it: test 'negative' was skipped (Assumption failed: negative numbers later) on the solution");
  }
}
