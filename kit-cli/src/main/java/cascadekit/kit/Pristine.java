package cascadekit.kit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The original stubs. The original is the text whose checksum {@code exercises/stubs.sha256}
 * commits, found in the kit's copy ({@code .kit/pristine/}), in git's history, or in the file
 * itself while it is unedited; an edited stub is never taken for the original, whatever happened
 * to {@code .kit/}.
 */
final class Pristine {
  private Pristine() {}

  /** Copies every indexed stub that is still the original and has no copy yet. */
  static void snapshot(Project project, ExerciseIndex index) {
    StubChecksums checksums = StubChecksums.load(project);
    for (Exercise exercise : index.exercises()) {
      Path stub = project.file(exercise.stub());
      Path copy = copyOf(project, exercise);
      try {
        if (Files.isRegularFile(stub) && !Files.exists(copy) && checksums.isOriginal(exercise, Files.readAllBytes(stub))) {
          Files.createDirectories(copy.getParent());
          Files.copy(stub, copy);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot keep an original copy of " + stub, e);
      }
    }
  }

  /** Returns the original text of {@code exercise}'s stub, or fails saying where it looked. */
  static byte[] original(Project project, Exercise exercise) {
    StubChecksums checksums = StubChecksums.load(project);
    if (checksums.of(exercise).isEmpty()) {
      throw new KitException(StubChecksums.FILE + " has no checksum for " + exercise.stub()
          + ", so the kit cannot tell its original from an edit");
    }
    Optional<byte[]> copy = read(copyOf(project, exercise)).filter(text -> checksums.isOriginal(exercise, text));
    if (copy.isPresent()) {
      return copy.get();
    }
    GitHistory git = new GitHistory(project);
    for (String revision : git.revisionsOf(exercise.stub())) {
      Optional<byte[]> committed = git.show(revision, exercise.stub()).filter(text -> checksums.isOriginal(exercise, text));
      if (committed.isPresent()) {
        return committed.get();
      }
    }
    return read(project.file(exercise.stub()))
        .filter(text -> checksums.isOriginal(exercise, text))
        .orElseThrow(() -> new KitException("cannot find the original stub of " + exercise.id()
            + ": neither .kit/pristine/ nor git's history holds a file with the checksum in " + StubChecksums.FILE
            + ". Get a fresh copy of the kit and take " + exercise.stub() + " from it; your file is left as it is."));
  }

  private static Path copyOf(Project project, Exercise exercise) {
    return project.state().resolve("pristine").resolve(exercise.sourcePath());
  }

  private static Optional<byte[]> read(Path file) {
    try {
      return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
