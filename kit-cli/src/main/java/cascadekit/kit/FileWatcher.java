package cascadekit.kit;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchService;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Tells when any {@code .java} file below a folder changed. File events wake it at once; every
 * {@code interval} it also compares the files' sizes and times, so a file system that loses
 * events (a WSL mount, a network share) still gets its saves noticed.
 */
final class FileWatcher implements AutoCloseable {
  private final Path folder;
  private final long intervalMillis;
  private final WatchService events;
  private Map<Path, String> fingerprint;

  /** Watches {@code folder}, with file events unless {@code pollOnly}. */
  FileWatcher(Path folder, long intervalMillis, boolean pollOnly) {
    this.folder = folder;
    this.intervalMillis = intervalMillis;
    this.events = pollOnly ? null : register(folder);
    this.fingerprint = fingerprint();
  }

  /**
   * Returns the files that changed (were saved, created or deleted) within about {@code
   * timeoutMillis}, sorted; empty when none did. Waits at most that long.
   */
  Set<Path> awaitChange(long timeoutMillis) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
    do {
      long wait = Math.min(intervalMillis, Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
      if (events == null) {
        Thread.sleep(wait);
      } else {
        var key = events.poll(wait, TimeUnit.MILLISECONDS);
        if (key != null) {
          key.pollEvents();
          key.reset();
          Thread.sleep(30); // let an editor finish writing before the file is read
        }
      }
      Map<Path, String> now = fingerprint();
      if (!now.equals(fingerprint)) {
        Set<Path> changed = new TreeSet<>(now.keySet());
        changed.addAll(fingerprint.keySet());
        Map<Path, String> before = fingerprint;
        changed.removeIf(file -> Objects.equals(before.get(file), now.get(file)));
        fingerprint = now;
        return changed;
      }
    } while (System.nanoTime() < deadline);
    return Set.of();
  }

  private Map<Path, String> fingerprint() {
    Map<Path, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
        try {
          files.put(file, Files.size(file) + "@" + Files.getLastModifiedTime(file).toMillis());
        } catch (IOException deletedMeanwhile) {
          files.put(file, "gone");
        }
      }
    } catch (IOException | UncheckedIOException e) {
      return Map.of();
    }
    return files;
  }

  private static WatchService register(Path folder) {
    try {
      WatchService service = FileSystems.getDefault().newWatchService();
      try (Stream<Path> dirs = Files.walk(folder)) {
        for (Path dir : dirs.filter(Files::isDirectory).toList()) {
          dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
        }
      }
      return service;
    } catch (IOException | UnsupportedOperationException e) {
      return null; // polling alone still notices every save
    }
  }

  @Override
  public void close() throws IOException {
    if (events != null) {
      events.close();
    }
  }
}
