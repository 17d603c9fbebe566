package cascadekit.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WatchLoopTest extends FixtureTest {
  private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
  private CompletableFuture<Integer> loop;
  private ExerciseChecker checker;

  @BeforeEach
  void startWatching() throws Exception {
    checker = new ExerciseChecker(kit.project, Duration.ofSeconds(10));
    WatchLoop watch = new WatchLoop(kit.context(""), checker, events);
    Exercise start = Course.load(kit.project).next().orElseThrow();
    loop = CompletableFuture.supplyAsync(() -> {
      try {
        return watch.run(start);
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
    awaitOutput("0 of 2 tests pass");
  }

  @AfterEach
  void stopWatching() throws Exception {
    loop.cancel(true);
    checker.close();
  }

  /** Waits, a bounded while, until the watch has printed {@code text}. */
  private void awaitOutput(String text) throws InterruptedException {
    for (int i = 0; i < 200 && !kit.output().contains(text); i++) {
      Thread.sleep(50);
    }
    assertThat(kit.output()).contains(text);
  }

  private void save(String text) throws Exception {
    FixtureProject.write(root, FixtureProject.STUB, text);
    events.put(WatchLoop.FILE_CHANGED + FixtureProject.STUB);
  }

  @Test
  void should_survive_a_compile_error_and_a_deleted_file_then_turn_green_and_move_on() throws Exception {
    // WHEN the learner saves a typo
    save(FixtureProject.STUB_TEXT.replace("throw new", "thro new"));
    // THEN the error is shown with file and line, and the watch goes on
    awaitOutput("exercises/src/main/java/fixture/Doubler.java:10:");
    // WHEN the file is deleted
    Files.delete(root.resolve(FixtureProject.STUB));
    events.put(WatchLoop.FILE_CHANGED + FixtureProject.STUB);
    // THEN
    awaitOutput("exercises/src/main/java/fixture/Doubler.java is gone.");
    // WHEN the learner saves a solution
    save(FixtureProject.SOLUTION_TEXT);
    // THEN it passes, is recorded, and the watch ends with nothing left to do
    awaitOutput("01.double-it passes.");
    awaitOutput("Every exercise passes.");
    assertThat(loop.get(10, TimeUnit.SECONDS)).isZero();
    assertThat(Progress.load(kit.project).of("01.double-it")).isEqualTo(Status.DONE);
  }

  @Test
  void should_show_a_hint_on_h_and_quit_on_q() throws Exception {
    // WHEN
    events.put("key:h");
    // THEN
    awaitOutput("01.double-it: hint 1 of 2");
    // WHEN
    events.put("key:q");
    // THEN
    assertThat(loop.get(10, TimeUnit.SECONDS)).isZero();
  }
}
