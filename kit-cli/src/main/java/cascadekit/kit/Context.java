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

  /** Returns the course with the learner's progress, read afresh. */
  Course course() {
    return Course.load(project);
  }

  /**
   * Returns the exercise {@code target} names (an id or a chapter number, see {@link
   * Course#target}), or the next one when {@code target} is null; none when every exercise passes.
   */
  java.util.Optional<Exercise> exerciseOrNext(String target) {
    Course course = course();
    return target == null ? course.next() : course.target(target);
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
