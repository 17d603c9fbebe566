package cascadekit.kit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The learner's progress, kept in a plain, git-ignored file ({@code .kit/progress.tsv}): one
 * line per checked exercise, {@code ID<TAB>STATUS}.
 */
final class Progress {
  private final Path file;
  private final Map<String, Status> statuses = new TreeMap<>();

  private Progress(Path file) {
    this.file = file;
  }

  /** Returns the progress saved in {@code project}, empty when nothing was checked yet. */
  static Progress load(Project project) {
    Progress progress = new Progress(project.state().resolve("progress.tsv"));
    if (Files.isRegularFile(progress.file)) {
      try {
        for (String line : Files.readAllLines(progress.file, StandardCharsets.UTF_8)) {
          String[] parts = line.split("\t");
          if (parts.length == 2) {
            progress.statuses.put(parts[0], parse(parts[1]));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + progress.file, e);
      }
    }
    return progress;
  }

  private static Status parse(String label) {
    for (Status status : Status.values()) {
      if (status.label().equals(label)) {
        return status;
      }
    }
    return Status.NEW;
  }

  /** Returns the status of exercise {@code id}. */
  Status of(String id) {
    return statuses.getOrDefault(id, Status.NEW);
  }

  /** Records the status of {@code id} and saves the file. */
  void record(String id, Status status) {
    statuses.put(id, status);
    List<String> lines = new ArrayList<>();
    statuses.forEach((key, value) -> lines.add(key + "\t" + value.label()));
    try {
      Files.createDirectories(file.getParent());
      Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
      Files.write(temporary, lines, StandardCharsets.UTF_8);
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save progress to " + file, e);
    }
  }
}
