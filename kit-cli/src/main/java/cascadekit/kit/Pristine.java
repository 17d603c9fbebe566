package cascadekit.kit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The original stubs, copied into {@code .kit/pristine/} the first time the kit sees each one,
 * so {@code ./kit reset} can restore a stub without git. The kit takes the copy before any
 * command runs, which is why the README's first step is {@code ./kit}.
 */
final class Pristine {
  private Pristine() {}

  /** Copies every indexed stub that has no original copy yet. */
  static void snapshot(Project project, ExerciseIndex index) {
    for (Exercise exercise : index.exercises()) {
      Path stub = project.file(exercise.stub());
      Path copy = of(project, exercise);
      if (Files.isRegularFile(stub) && !Files.exists(copy)) {
        try {
          Files.createDirectories(copy.getParent());
          Files.copy(stub, copy);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot keep an original copy of " + stub, e);
        }
      }
    }
  }

  /** Returns where the original copy of {@code exercise}'s stub is kept. */
  static Path of(Project project, Exercise exercise) {
    return project.state().resolve("pristine").resolve(exercise.sourcePath());
  }
}
