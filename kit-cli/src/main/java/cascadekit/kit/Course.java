package cascadekit.kit;

import java.util.List;
import java.util.Optional;

/**
 * The course as one learner stands in it: the exercises in index order, each one's status, and
 * where the learner is working. The one place that decides what comes next, for {@code ./kit},
 * {@code next}, {@code check}, {@code watch}, {@code hint} and the line after a pass.
 *
 * <pre>{@code
 * Course course = Course.load(project);
 * Exercise target = course.target("04").orElseThrow(); // chapter 04's first unsolved exercise
 * }</pre>
 */
final class Course {
  private static final String FOCUS = "exercise";

  private final ExerciseIndex index;
  private final Progress progress;
  private final StateFile focus;

  private Course(ExerciseIndex index, Progress progress, StateFile focus) {
    this.index = index;
    this.progress = progress;
    this.focus = focus;
  }

  /** Returns the course of {@code project}, with the learner's progress and focus as saved. */
  static Course load(Project project) {
    return new Course(
        ExerciseIndex.read(project.index()),
        Progress.load(project),
        StateFile.load(project, "focus.tsv", "an exercise id", ExerciseIndex::isWellFormed));
  }

  /** Returns the exercise index. */
  ExerciseIndex index() {
    return index;
  }

  /** Returns the status of {@code exercise}: the result of its last check. */
  Status status(Exercise exercise) {
    return progress.of(exercise.id());
  }

  /** Records a check's result and makes its exercise the one the learner works on. */
  void record(CheckResult result) {
    progress.record(result.exercise().id(), result.passed() ? Status.DONE : Status.FAILING);
    focusOn(result.exercise());
  }

  /** Makes {@code exercise} the one the learner works on. */
  void focusOn(Exercise exercise) {
    focus.put(FOCUS, exercise.id());
  }

  /** Returns the exercise the learner works on next: the first unsolved one from the focus on. */
  Optional<Exercise> next() {
    List<Exercise> exercises = index.exercises();
    Exercise from = focus.get(FOCUS).flatMap(index::find).orElse(exercises.isEmpty() ? null : exercises.get(0));
    return from == null ? Optional.empty() : unsolvedFrom(from, 0);
  }

  /** Returns the first unsolved exercise after {@code solved}, in index order, wrapping round. */
  Optional<Exercise> nextAfter(Exercise solved) {
    return unsolvedFrom(solved, 1);
  }

  /**
   * Returns the exercise {@code word} names: an exercise id, or a chapter number ({@code 04} or
   * {@code 4}) for that chapter's first unsolved exercise, or when the chapter is done the next
   * unsolved one after it; empty when every exercise passes.
   */
  Optional<Exercise> target(String word) {
    if (!word.matches("\\d{1,2}")) {
      return Optional.of(index.get(word));
    }
    String chapter = RunCommand.chapterNumber(word);
    List<Exercise> inChapter = inChapter(chapter);
    if (inChapter.isEmpty()) {
      throw new KitException("chapter " + chapter + " has no exercises; chapters with exercises: "
          + String.join(", ", index.exercises().stream().map(Exercise::chapter).distinct().toList()));
    }
    return unsolvedFrom(inChapter.get(0), 0);
  }

  /**
   * Returns a note when {@code target} named a chapter whose exercises all pass, so {@code chosen}
   * comes from a later one; empty otherwise.
   */
  static String detour(String target, Exercise chosen) {
    if (target == null || !target.matches("\\d{1,2}")) {
      return "";
    }
    String chapter = RunCommand.chapterNumber(target);
    return chosen.chapter().equals(chapter)
        ? ""
        : "Every exercise of chapter " + chapter + " passes; going on with " + chosen.id() + ".";
  }

  /** Returns the exercise whose stub is {@code file}, a path relative to the project root. */
  Optional<Exercise> ownerOf(String file) {
    return index.exercises().stream().filter(e -> e.stub().equals(file)).findFirst();
  }

  /** Returns the exercises of chapter {@code chapter}, in index order. */
  List<Exercise> inChapter(String chapter) {
    return index.exercises().stream().filter(e -> e.chapter().equals(chapter)).toList();
  }

  private Optional<Exercise> unsolvedFrom(Exercise start, int offset) {
    List<Exercise> exercises = index.exercises();
    int first = exercises.indexOf(start);
    for (int step = offset; step < exercises.size() + offset; step++) {
      Exercise candidate = exercises.get((first + step) % exercises.size());
      if (status(candidate) != Status.DONE) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
