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
import java.util.Optional;
import java.util.TreeMap;

/**
 * A plain, git-ignored state file in {@code .kit/}: one {@code KEY<TAB>VALUE} line per
 * exercise, saved whole and atomically so a crash never leaves half a file.
 */
final class StateFile {
  private final Path file;
  private final Map<String, String> values = new TreeMap<>();

  private StateFile(Path file) {
    this.file = file;
  }

  /** Returns the state saved in {@code file}, empty when it does not exist yet. */
  static StateFile load(Path file) {
    StateFile state = new StateFile(file);
    if (Files.isRegularFile(file)) {
      try {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          String[] parts = line.split("\t");
          if (parts.length == 2) {
            state.values.put(parts[0], parts[1]);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
    return state;
  }

  /** Returns the value saved for {@code key}. */
  Optional<String> get(String key) {
    return Optional.ofNullable(values.get(key));
  }

  /** Saves {@code value} for {@code key}. */
  void put(String key, String value) {
    values.put(key, value);
    List<String> lines = new ArrayList<>();
    values.forEach((k, v) -> lines.add(k + "\t" + v));
    try {
      Files.createDirectories(file.getParent());
      Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
      Files.write(temporary, lines, StandardCharsets.UTF_8);
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save " + file, e);
    }
  }
}
