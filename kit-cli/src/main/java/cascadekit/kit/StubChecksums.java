package cascadekit.kit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The committed fingerprints of the original stubs, {@code exercises/stubs.sha256}, one
 * {@code SHA256<two spaces>PATH} line per stub as {@code sha256sum} writes them. They tell the
 * original stub from a learner's edit, whatever happened to {@code .kit/}. Line endings are
 * read as LF, so a checkout that turned them into CRLF still matches.
 */
final class StubChecksums {
  /** Where the file lives, relative to the project root. */
  static final String FILE = "exercises/stubs.sha256";

  private final Map<String, String> byStub;

  private StubChecksums(Map<String, String> byStub) {
    this.byStub = byStub;
  }

  /** Returns the checksums committed in {@code project}; none when the file is missing. */
  static StubChecksums load(Project project) {
    Map<String, String> byStub = new TreeMap<>();
    Path file = project.file(FILE);
    if (Files.isRegularFile(file)) {
      try {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          String[] parts = line.split(" {2}", 2);
          if (parts.length == 2 && parts[0].matches("[0-9a-f]{64}")) {
            byStub.put(parts[1], parts[0]);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
    return new StubChecksums(byStub);
  }

  /** Returns the checksum committed for {@code exercise}'s stub, if there is one. */
  Optional<String> of(Exercise exercise) {
    return Optional.ofNullable(byStub.get(exercise.stub()));
  }

  /** Returns whether {@code text} is {@code exercise}'s original stub. */
  boolean isOriginal(Exercise exercise, byte[] text) {
    return of(exercise).map(sum -> sum.equals(sha256(text))).orElse(false);
  }

  /** Returns what is wrong with the checksums of the stubs in {@code index}, one line per problem. */
  List<String> problems(Project project, ExerciseIndex index) {
    List<String> problems = new ArrayList<>();
    for (Exercise exercise : index.exercises()) {
      Path stub = project.file(exercise.stub());
      if (of(exercise).isEmpty()) {
        problems.add(FILE + " has no line for " + exercise.stub() + "; run ./kit verify --write-checksums");
      } else if (Files.isRegularFile(stub) && !isOriginal(exercise, read(stub))) {
        problems.add(exercise.stub() + " differs from its checksum in " + FILE
            + "; if the stub changed on purpose, run ./kit verify --write-checksums");
      }
    }
    return problems;
  }

  /** Writes the checksums of the stubs in {@code index} as they are now. */
  static void write(Project project, ExerciseIndex index) {
    StringBuilder text = new StringBuilder();
    for (Exercise exercise : index.exercises()) {
      text.append(sha256(read(project.file(exercise.stub())))).append("  ").append(exercise.stub()).append('\n');
    }
    try {
      Files.writeString(project.file(FILE), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + FILE, e);
    }
  }

  /** Returns the SHA-256 of {@code text} with CRLF line endings read as LF, in lower-case hex. */
  static String sha256(byte[] text) {
    String lf = new String(text, StandardCharsets.UTF_8).replace("\r\n", "\n");
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(lf.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
