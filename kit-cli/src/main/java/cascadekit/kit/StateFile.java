package cascadekit.kit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * A plain, git-ignored state file in {@code .kit/}: one {@code ID<TAB>VALUE} line per exercise,
 * saved whole and atomically so a crash never leaves half a file. A line that cannot be read is
 * named once on standard error, then dropped from the file, so a hand edit gone wrong never
 * stops the kit.
 *
 * <pre>{@code
 * StateFile shown = StateFile.load(project, "hints.tsv", "a hint count", v -> v.matches("\\d+"));
 * // kit: .kit/hints.tsv line 3: 'lots' is not a hint count; skipped
 * }</pre>
 */
final class StateFile {
  private final Path file;
  private final Map<String, String> values = new TreeMap<>();

  private StateFile(Path file) {
    this.file = file;
  }

  /**
   * Returns the state saved in {@code .kit/name} (empty when there is none yet), keeping the
   * lines whose value {@code valid} accepts and reporting the others, with {@code noun} naming
   * what a value should be.
   */
  static StateFile load(Project project, String name, String noun, Predicate<String> valid) {
    StateFile state = new StateFile(project.state().resolve(name));
    String shown = ".kit/" + name;
    if (Files.isDirectory(state.file)) {
      System.err.println("kit: " + shown + " is a folder, not a file; moved it to " + state.moveAside() + " and started afresh");
    } else if (Files.exists(state.file)) {
      List<String> problems = state.read(noun, valid);
      problems.forEach(problem -> System.err.println("kit: " + shown + " " + problem + "; skipped"));
      if (!problems.isEmpty()) {
        state.save();
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
    save();
  }

  private List<String> read(String noun, Predicate<String> valid) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return List.of("cannot be read (" + e.getClass().getSimpleName() + ")");
    }
    List<String> problems = new ArrayList<>();
    int number = 1;
    for (int start = 0; start < bytes.length; number++) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      String where = "line " + number + ": ";
      keep(Arrays.copyOfRange(bytes, start, end), noun, valid).ifPresent(p -> problems.add(where + p));
      start = end + 1;
    }
    return problems;
  }

  /** Keeps the line if it reads as {@code ID<TAB>VALUE}; returns what is wrong with it otherwise. */
  private Optional<String> keep(byte[] line, String noun, Predicate<String> valid) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(line)).toString();
    } catch (CharacterCodingException e) {
      return Optional.of("has bytes that are not UTF-8");
    }
    String[] fields = text.stripTrailing().split("\t", -1);
    if (fields.length != 2) {
      return Optional.of("has " + fields.length + " tab-separated fields, not 2 (ID<TAB>VALUE)");
    }
    if (fields[0].isEmpty()) {
      return Optional.of("has no id before its tab");
    }
    if (!valid.test(fields[1])) {
      return Optional.of("'" + fields[1] + "' is not " + noun);
    }
    values.put(fields[0], fields[1]);
    return Optional.empty();
  }

  private String moveAside() {
    Path aside = file.resolveSibling(file.getFileName() + ".folder");
    for (int i = 2; Files.exists(aside); i++) {
      aside = file.resolveSibling(file.getFileName() + ".folder" + i);
    }
    try {
      Files.move(file, aside);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot move the folder " + file + " aside", e);
    }
    return ".kit/" + aside.getFileName();
  }

  private void save() {
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
