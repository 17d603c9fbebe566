package cascadekit.kit;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The heart of {@code ./kit watch}. Checks run in the background, so the loop always answers:
 * a save re-checks (stopping a check still running), {@code q} quits and {@code h} shows a hint
 * even while an endless loop runs out its time. It moves on when the exercise passes, and tells
 * the learner when a saved file belongs to another exercise. Compile errors, time-outs and
 * deleted files are shown, never fatal.
 */
final class WatchLoop {
  /** What a file change puts on the queue, followed by the file's path in the project. */
  static final String FILE_CHANGED = "file:";

  private static final String CHECKED = "checked:";

  private final Context context;
  private final ExerciseChecker checker;
  private final BlockingQueue<String> events;
  private final ExecutorService checks =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread thread = new Thread(task, "kit-check");
            thread.setDaemon(true);
            return thread;
          });
  private Exercise current;
  private Exercise elsewhere;
  private Future<CheckResult> running;
  private int generation;

  WatchLoop(Context context, ExerciseChecker checker, BlockingQueue<String> events) {
    this.context = context;
    this.checker = checker;
    this.events = events;
  }

  /** Watches from {@code start} until the learner quits or every exercise passes; returns the exit status. */
  int run(Exercise start) throws InterruptedException {
    current = start;
    if (current == null) {
      context.screen().line(context.screen().good("Every exercise passes. Well done."));
      return 0;
    }
    try {
      startCheck(false);
      while (true) {
        String event = events.take();
        if (event.startsWith(FILE_CHANGED)) {
          onSaves(drainSaves(event));
        } else if (event.startsWith(CHECKED)) {
          if (Integer.parseInt(event.substring(CHECKED.length())) == generation && !showResult()) {
            return 0;
          }
        } else {
          switch (event) {
            case "key:q", "key:eof" -> {
              return 0;
            }
            case "key:h" -> HintCommand.showNext(context, current);
            case "key:s" -> switchElsewhere();
            default -> context.screen().line("Keys: q quits, h shows the next hint, s switches exercise.");
          }
        }
      }
    } finally {
      if (running != null) {
        running.cancel(true);
      }
      checks.shutdownNow();
    }
  }

  /** Returns the files of {@code first} and every other save already queued, taking them off the queue. */
  private List<String> drainSaves(String first) {
    List<String> saves = new ArrayList<>(List.of(first));
    events.removeIf(event -> event.startsWith(FILE_CHANGED) && saves.add(event));
    return saves.stream().map(event -> event.substring(FILE_CHANGED.length())).toList();
  }

  /** Re-checks after a save, unless every saved file is another exercise's stub: then says how to switch. */
  private void onSaves(List<String> files) {
    Course course = context.course();
    boolean concernsCurrent =
        files.stream().anyMatch(file -> file.isEmpty() || file.equals(current.stub()) || course.ownerOf(file).isEmpty());
    if (concernsCurrent) {
      startCheck(true);
      return;
    }
    elsewhere = course.ownerOf(files.get(0)).orElseThrow();
    Screen screen = context.screen();
    screen.blank();
    screen.line("You saved " + elsewhere.stub() + ", which is " + screen.bold(elsewhere.id()) + "; this watch is on "
        + current.id() + ". Press s to switch to " + elsewhere.id() + " (or run ./kit watch " + elsewhere.id() + ").");
  }

  private void switchElsewhere() {
    if (elsewhere == null) {
      context.screen().line("s switches to the exercise of a file you saved; you have saved none of another exercise.");
      return;
    }
    current = elsewhere;
    elsewhere = null;
    startCheck(true);
  }

  /** Starts checking the current exercise in the background, stopping a check still running. */
  private void startCheck(boolean clear) {
    if (running != null) {
      running.cancel(true);
    }
    Screen screen = context.screen();
    if (clear) {
      screen.clear();
    }
    if (!Files.isRegularFile(context.project().file(current.stub()))) {
      screen.line(screen.bad(current.stub() + " is gone.") + " Save it again, or bring back the stub with ./kit reset "
          + current.id() + ".");
      footer();
      return;
    }
    screen.line(screen.dim("Checking " + current.id() + "..."));
    int mine = ++generation;
    Exercise exercise = current;
    running =
        checks.submit(
            () -> {
              try {
                return CheckCommand.check(context.course(), checker, exercise);
              } finally {
                events.add(CHECKED + mine);
              }
            });
  }

  /** Prints the finished check and moves on if it passed; returns false once every exercise passes. */
  private boolean showResult() throws InterruptedException {
    Screen screen = context.screen();
    CheckResult result;
    try {
      result = running.get();
    } catch (CancellationException stale) {
      return true;
    } catch (ExecutionException e) {
      screen.line(screen.bad("The check could not run: " + e.getCause().getMessage()));
      footer();
      return true;
    }
    new CheckReport(screen, true).print(result);
    if (!result.passed()) {
      footer();
      return true;
    }
    Exercise solved = current;
    current = context.course().nextAfter(solved).orElse(null);
    screen.blank();
    screen.line(screen.good(solved.id() + " passes.") + " Reference solution: ./kit solution " + solved.id());
    if (current == null) {
      screen.line(screen.good("Every exercise passes. Well done."));
      return false;
    }
    screen.line("Moving on to " + screen.bold(current.id()) + ": " + current.title());
    screen.blank();
    startCheck(false);
    return true;
  }

  private void footer() {
    context.screen().blank();
    context.screen().line(context.screen().dim("Watching " + current.stub() + " for saves.  q quits, h shows a hint."));
  }
}
