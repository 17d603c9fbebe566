package cascadekit.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WatchLoopTest extends FixtureTest {
  private static final String HALVE_IT_STUB = FixtureProject.HALVE_IT_STUB;
  private static final String ENDLESS =
      FixtureProject.STUB_TEXT.replace("throw new UnsupportedOperationException(\"01.double-it: not written yet\");",
          "while (n == n) { } return n;");

  private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
  private CompletableFuture<Integer> loop;
  private ExerciseChecker checker;

  /** Starts watching at {@code target} (null: where the learner is), each run limited to {@code limit}. */
  private void watch(String target, Duration limit) throws Exception {
    checker = new ExerciseChecker(kit.project, limit);
    WatchLoop watch = new WatchLoop(kit.context(""), checker, events);
    Exercise start = kit.context("").exerciseOrNext(target).orElseThrow();
    loop = CompletableFuture.supplyAsync(() -> {
      try {
        return watch.run(start);
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  @AfterEach
  void stopWatching() throws Exception {
    loop.cancel(true);
    checker.close();
  }

  /** Waits, a bounded while, until the watch has printed {@code text}. */
  private void awaitOutput(String text) throws InterruptedException {
    for (int i = 0; i < 300 && !kit.output().contains(text); i++) {
      Thread.sleep(50);
    }
    assertThat(kit.output()).contains(text);
  }

  private void save(String file, String text) throws Exception {
    FixtureProject.write(root, file, text);
    events.put(WatchLoop.FILE_CHANGED + file);
  }

  private void addChapterTwo() throws Exception {
    FixtureProject.addChapterTwo(root);
  }

  @Test
  void should_survive_a_compile_error_and_a_deleted_file_then_turn_green_and_move_on() throws Exception {
    // GIVEN
    watch(null, Duration.ofSeconds(10));
    awaitOutput("0 of 2 tests pass");
    // WHEN the learner saves a typo
    save(FixtureProject.STUB, FixtureProject.STUB_TEXT.replace("throw new", "thro new"));
    // THEN the error is shown with file and line, and the watch goes on
    awaitOutput("exercises/src/main/java/fixture/DoubleIt.java:10:");
    // WHEN the file is deleted
    Files.delete(root.resolve(FixtureProject.STUB));
    events.put(WatchLoop.FILE_CHANGED + FixtureProject.STUB);
    // THEN
    awaitOutput("exercises/src/main/java/fixture/DoubleIt.java is gone.");
    // WHEN the learner saves a solution
    save(FixtureProject.STUB, FixtureProject.SOLUTION_TEXT);
    // THEN it passes, is recorded, and the watch ends with nothing left to do
    awaitOutput("01.double-it passes.");
    awaitOutput("Every exercise passes.");
    assertThat(loop.get(10, TimeUnit.SECONDS)).isZero();
    assertThat(Progress.load(kit.project).of("01.double-it")).isEqualTo(Status.DONE);
  }

  @Test
  void should_show_a_hint_on_h_and_quit_on_q() throws Exception {
    // GIVEN
    watch(null, Duration.ofSeconds(10));
    awaitOutput("0 of 2 tests pass");
    // WHEN
    events.put("key:h");
    // THEN
    awaitOutput("01.double-it: hint 1 of 2");
    // WHEN
    events.put("key:q");
    // THEN
    assertThat(loop.get(10, TimeUnit.SECONDS)).isZero();
  }

  @Test
  void should_start_at_a_chapter_and_follow_it_before_going_on() throws Exception {
    // GIVEN
    addChapterTwo();
    // WHEN the learner watches chapter 02
    watch("02", Duration.ofSeconds(10));
    // THEN its first exercise is checked, not 01.double-it
    awaitOutput("02.halve-it: Halve a number");
    assertThat(kit.output()).doesNotContain("01.double-it: Double a number");
    // WHEN it passes
    save(HALVE_IT_STUB, FixtureProject.SOLUTION_TEXT.replace("DoubleIt", "HalveIt").replace("2 * n", "n / 2"));
    // THEN the watch moves to the next exercise of chapter 02, not back to chapter 01
    awaitOutput("Moving on to 02.quarter-it");
  }

  @Test
  void should_name_the_exercise_of_a_file_it_is_not_watching_and_switch_on_s() throws Exception {
    // GIVEN a watch on 01.double-it
    addChapterTwo();
    watch("01.double-it", Duration.ofSeconds(10));
    awaitOutput("0 of 2 tests pass");
    // WHEN the learner saves chapter 02's stub
    save(HALVE_IT_STUB, FixtureProject.STUB_TEXT.replace("DoubleIt", "HalveIt").replace("01.double-it", "02.halve-it") + "\n");
    // THEN the watch says which exercise that is and how to switch
    awaitOutput("You saved exercises/src/main/java/fixture/HalveIt.java, which is 02.halve-it; this watch is on 01.double-it."
        + " Press s to switch to 02.halve-it (or run ./kit watch 02.halve-it).");
    // WHEN
    events.put("key:s");
    // THEN
    awaitOutput("02.halve-it: Halve a number");
  }

  @Test
  void should_stay_responsive_during_an_endless_loop_time_it_out_then_turn_green_without_a_restart() throws Exception {
    // GIVEN a watch whose runs stop after 2 s
    watch(null, Duration.ofSeconds(2));
    awaitOutput("0 of 2 tests pass");
    // WHEN the learner saves an endless loop
    save(FixtureProject.STUB, ENDLESS);
    // THEN keys still answer while it runs, and the run times out naming the test
    events.put("key:h");
    awaitOutput("01.double-it: hint 1 of 2");
    awaitOutput("The run stopped: timed out after 2 s in task 1 (twice 3 is 6).");
    // WHEN the learner saves another endless loop and, before it times out, the fix
    save(FixtureProject.STUB, ENDLESS + "\n");
    save(FixtureProject.STUB, FixtureProject.SOLUTION_TEXT);
    // THEN the fix turns green in the same watch
    awaitOutput("01.double-it passes.");
    assertThat(loop.get(10, TimeUnit.SECONDS)).isZero();
  }
}
