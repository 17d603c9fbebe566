package cascadekit.kit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/** {@code ./kit watch}: re-checks the current exercise on every save, inside this JVM. */
final class WatchCommand implements Command {
  /** How often the polling fallback looks at the files. */
  static final long POLL_MILLIS = 500;

  @Override
  public String name() {
    return "watch";
  }

  @Override
  public String usage() {
    return "watch [--poll]";
  }

  @Override
  public String summary() {
    return "re-check the current exercise on every save";
  }

  @Override
  public String help() {
    return "Watches the exercise files and re-checks the current exercise each time you save,\n"
        + "without starting Maven. Moves to the next exercise when one passes. Keys: q quits,\n"
        + "h shows the next hint. Saves are seen through file events and, as a fallback for file\n"
        + "systems that lose them (WSL mounts, network shares), by polling every 0.5 s; --poll\n"
        + "uses polling alone.";
  }

  @Override
  public int run(Context context, List<String> args) {
    List<String> rest = new ArrayList<>(args);
    boolean pollOnly = rest.remove("--poll");
    Args.none(this, rest);
    BlockingQueue<String> events = new LinkedBlockingQueue<>();
    try (FileWatcher watcher = new FileWatcher(context.project().stubSources(), POLL_MILLIS, pollOnly)) {
      startWatching(watcher, events);
      Keys.singleKeyMode();
      Keys.start(System.in, events);
      return new WatchLoop(context, new ExerciseChecker(context.project()), events).run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 130;
    }
  }

  private static void startWatching(FileWatcher watcher, BlockingQueue<String> events) {
    Thread thread =
        new Thread(
            () -> {
              try {
                while (true) {
                  if (watcher.awaitChange(60_000)) {
                    events.put(WatchLoop.FILE_CHANGED);
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
