package cascadekit.kit;

import java.nio.file.Files;
import java.util.concurrent.BlockingQueue;

/**
 * The heart of {@code ./kit watch}: on every {@code "file"} event re-checks the current
 * exercise inside this JVM, moves on when it passes, and answers the keys {@code q} and
 * {@code h}. Compile errors and deleted files are shown, never fatal.
 */
final class WatchLoop {
  /** The event a file change puts on the queue. */
  static final String FILE_CHANGED = "file";

  private final Context context;
  private final ExerciseChecker checker;
  private final BlockingQueue<String> events;
  private Exercise current;

  WatchLoop(Context context, ExerciseChecker checker, BlockingQueue<String> events) {
    this.context = context;
    this.checker = checker;
    this.events = events;
  }

  /** Runs until the learner quits or every exercise passes; returns the exit status. */
  int run() throws InterruptedException {
    current = next();
    if (current == null) {
      context.screen().line(context.screen().good("Every exercise passes. Well done."));
      return 0;
    }
    recheck();
    while (current != null) {
      String event = events.take();
      switch (event) {
        case FILE_CHANGED -> {
          events.removeIf(FILE_CHANGED::equals);
          recheck();
        }
        case "key:q", "key:eof" -> {
          return 0;
        }
        case "key:h" -> HintCommand.showNext(context, current);
        default -> context.screen().line("Keys: q quits, h shows the next hint.");
      }
    }
    return 0;
  }

  private void recheck() {
    Screen screen = context.screen();
    screen.clear();
    if (!Files.isRegularFile(context.project().file(current.stub()))) {
      screen.line(screen.bad(current.stub() + " is gone.") + " Save it again, or bring back the stub with ./kit reset "
          + current.id() + ".");
      footer();
      return;
    }
    CheckResult result = CheckCommand.check(context.project(), checker, current);
    new CheckReport(screen, true).print(result);
    if (result.passed()) {
      Exercise solved = current;
      current = StatusCommand.nextAfter(context.index(), Progress.load(context.project()), solved).orElse(null);
      screen.blank();
      screen.line(screen.good(solved.id() + " passes.") + " Reference solution: ./kit solution " + solved.id());
      if (current == null) {
        screen.line(screen.good("Every exercise passes. Well done."));
        return;
      }
      screen.line("Moving on to " + screen.bold(current.id()) + ": " + current.title());
      screen.blank();
      new CheckReport(screen, true).print(CheckCommand.check(context.project(), checker, current));
    }
    footer();
  }

  private void footer() {
    context.screen().blank();
    context.screen().line(context.screen().dim("Watching " + current.stub() + " for saves.  q quits, h shows a hint."));
  }

  private Exercise next() {
    return StatusCommand.next(context.index(), Progress.load(context.project())).orElse(null);
  }
}
