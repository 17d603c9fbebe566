package cascadekit.kit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * What every command works with: the project, the screen, and the learner's keyboard.
 *
 * @param project the kit's folders
 * @param screen where output goes
 * @param input the learner's answers to questions, line by line
 */
record Context(Project project, Screen screen, BufferedReader input) {
  /** Returns the exercise index, read afresh. */
  ExerciseIndex index() {
    return ExerciseIndex.read(project.index());
  }

  /** Returns exercise {@code id}, or the next unsolved one when {@code id} is null (none when all pass). */
  java.util.Optional<Exercise> exerciseOrNext(String id) {
    ExerciseIndex index = index();
    return id != null ? java.util.Optional.of(index.get(id)) : StatusCommand.next(index, Progress.load(project));
  }

  /** Returns whether the learner answers yes to {@code question}; no input counts as no. */
  boolean confirm(String question) {
    screen.prompt(question + " [y/N] ");
    try {
      String answer = input.readLine();
      if (!screen.fancy()) {
        screen.blank();
      }
      return answer != null && answer.trim().toLowerCase(java.util.Locale.ROOT).startsWith("y");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
