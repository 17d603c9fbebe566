package cascadekit.kit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/** {@code ./kit watch [ID|NN]}: re-checks the current exercise on every save. */
final class WatchCommand implements Command {
  /** How often the polling fallback looks at the files. */
  static final long POLL_MILLIS = 500;

  @Override
  public String name() {
    return "watch";
  }

  @Override
  public String usage() {
    return "watch [ID|NN] [--poll] [--timeout S]";
  }

  @Override
  public String summary() {
    return "re-check the current exercise on every save";
  }

  @Override
  public String help() {
    return "Watches the exercise files and re-checks the current exercise each time you save,\n"
        + "without starting Maven. Starts at ID, or at chapter NN's first unsolved exercise, or where\n"
        + "you are; moves on to the next unsolved exercise when one passes. Keys: q quits, h shows the\n"
        + "next hint, s switches to the exercise of a file you saved. A run stops after 10 s\n"
        + "(--timeout S to change), and the watch goes on. Saves are seen through file events and,\n"
        + "as a fallback for file systems that lose them (WSL mounts, network shares), by polling\n"
        + "every 0.5 s; --poll uses polling alone.";
  }

  @Override
  public int run(Context context, List<String> args) {
    List<String> words = new ArrayList<>(args);
    boolean pollOnly = words.remove("--poll");
    Duration limit = Args.timeout(words, Sandbox.DEFAULT_LIMIT);
    String target = Args.optionalOne(this, words);
    Exercise start = context.exerciseOrNext(target).orElse(null);
    if (start != null && !Course.detour(target, start).isEmpty()) {
      context.screen().line(Course.detour(target, start));
    }
    BlockingQueue<String> events = new LinkedBlockingQueue<>();
    Project project = context.project();
    try (FileWatcher watcher = new FileWatcher(project.stubSources(), POLL_MILLIS, pollOnly);
        ExerciseChecker checker = new ExerciseChecker(project, limit)) {
      startWatching(project, watcher, events);
      Keys.singleKeyMode();
      Keys.start(System.in, events);
      return new WatchLoop(context, checker, events).run(start);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 130;
    }
  }

  /** Puts one {@link WatchLoop#FILE_CHANGED} event per changed file, its path relative to the project. */
  private static void startWatching(Project project, FileWatcher watcher, BlockingQueue<String> events) {
    Thread thread =
        new Thread(
            () -> {
              try {
                while (true) {
                  for (Path file : watcher.awaitChange(60_000)) {
                    events.put(WatchLoop.FILE_CHANGED + project.root().relativize(file).toString().replace('\\', '/'));
                  }
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "kit-files");
    thread.setDaemon(true);
    thread.start();
  }
}
