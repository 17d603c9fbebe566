package cascadekit.kit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Learner code that would take the kit down fails the test that caused it, and the kit goes on. */
class SandboxTest extends FixtureTest {
  /** Returns the fixture stub with {@code body} as the body of {@code twice}. */
  private static String stubDoing(String body) {
    return FixtureProject.STUB_TEXT.replace(
        "throw new UnsupportedOperationException(\"01.double-it: not written yet\");", body);
  }

  /** Saves a stub doing {@code body}, checks it with a run limit of 2 s, and returns what the check printed. */
  private String checkStubDoing(String body) throws Exception {
    return checkStubDoing(body, "2");
  }

  private String checkStubDoing(String body, String seconds) throws Exception {
    FixtureProject.write(root, FixtureProject.STUB, stubDoing(body));
    assertThat(kit.kit("check", "01.double-it", "--timeout", seconds)).as("exit status of the check").isEqualTo(1);
    return kit.output();
  }

  /** Asserts that the kit still checks, and passes, the learner's fix. */
  private void thenAFixPasses() throws Exception {
    FixtureProject.write(root, FixtureProject.STUB, FixtureProject.SOLUTION_TEXT);
    assertThat(kit.kit("check", "01.double-it")).as("a check after the fix").isZero();
    assertThat(kit.output()).contains("All 2 tests pass.");
  }

  @Test
  void should_time_out_an_endless_loop_naming_the_task_and_test() throws Exception {
    // WHEN
    String output = checkStubDoing("while (n == n) { } return n;");
    // THEN
    assertThat(output)
        .contains("The run stopped: timed out after 2 s in task 1 (twice 3 is 6). 1 of 2 tests ran.")
        .contains("FAIL twice 3 is 6")
        .contains("timed out after 2 s; an endless loop, or a very slow one?")
        .as("the test the run never reached is counted in its task")
        .contains("FAIL task 2: 0/1 passing")
        .doesNotContain("All 2 tests pass");
    assertThat(Progress.load(kit.project).of("01.double-it")).isEqualTo(Status.FAILING);
    thenAFixPasses();
  }

  @Test
  void should_fail_a_test_that_calls_system_exit_never_pass_it() throws Exception {
    // WHEN
    String output = checkStubDoing("System.exit(0); return 0;");
    // THEN
    assertThat(output)
        .contains("The run stopped: called System.exit(0) in task 1 (twice 3 is 6).")
        .contains("that would end the kit too; return a value or throw an exception instead");
    thenAFixPasses();
  }

  @Test
  void should_fail_a_test_that_halts_the_jvm() throws Exception {
    // WHEN
    String output = checkStubDoing("Runtime.getRuntime().halt(3); return 0;");
    // THEN
    assertThat(output).contains("The run stopped: stopped the JVM (Runtime.halt(3), or a crash) in task 1 (twice 3 is 6).");
    thenAFixPasses();
  }

  @Test
  void should_fail_a_test_that_runs_out_of_memory_in_one_line() throws Exception {
    // WHEN
    String output = checkStubDoing(
        "java.util.List<long[]> hoard = new java.util.ArrayList<>(); while (true) { hoard.add(new long[1 << 20]); }", "30");
    // THEN
    assertThat(output)
        .contains("The run stopped: ran out of memory (OutOfMemoryError: Java heap space) in task 1 (twice 3 is 6).")
        .doesNotContain("\tat ");
    thenAFixPasses();
  }

  @Test
  void should_fail_a_stack_overflow_in_one_line_and_run_the_other_tests() throws Exception {
    // WHEN
    String output = checkStubDoing("return twice(n) + 0;");
    // THEN
    assertThat(output)
        .contains("StackOverflowError: a method that calls itself without end?")
        .contains("0 of 2 tests pass.")
        .doesNotContain("The run stopped");
    thenAFixPasses();
  }

  @Test
  void should_show_what_the_learners_code_printed_under_a_failing_test() throws Exception {
    // WHEN
    String output = checkStubDoing("System.out.println(\"n is \" + n); return n;");
    // THEN
    assertThat(output).contains("your code printed:").contains("| n is 3");
  }
}
