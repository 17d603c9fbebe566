package cascadekit.kit;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code ./kit}: progress per chapter, then the next exercise and how to check it. */
final class StatusCommand {
  private StatusCommand() {}

  static int run(Project project, ExerciseIndex index, Screen screen) {
    Progress progress = Progress.load(project);
    List<Exercise> exercises = index.exercises();
    long done = exercises.stream().filter(e -> progress.of(e.id()) == Status.DONE).count();
    screen.line(screen.bold("Cascade Kit") + ": " + done + " of " + exercises.size() + " exercises done");
    screen.blank();
    Map<String, String> titles = Chapters.titles(project);
    exercises.stream().map(Exercise::chapter).distinct().forEach(chapter -> {
      List<Exercise> inChapter = exercises.stream().filter(e -> e.chapter().equals(chapter)).toList();
      long chapterDone = inChapter.stream().filter(e -> progress.of(e.id()) == Status.DONE).count();
      screen.line(String.format("  %s %-28s %s %d/%d",
          chapter, titles.getOrDefault(chapter, ""), screen.bar(chapterDone, inChapter.size(), 20),
          chapterDone, inChapter.size()));
    });
    screen.blank();
    Optional<Exercise> next = next(index, progress);
    if (next.isEmpty()) {
      screen.line(screen.good("Every exercise passes. Well done."));
      return 0;
    }
    Exercise exercise = next.get();
    screen.line("Next: " + screen.bold(exercise.id()) + ": " + exercise.title());
    screen.line("  file:  " + exercise.stub());
    String task = StubText.firstTask(project.root().resolve(exercise.stub()));
    if (!task.isEmpty()) {
      screen.line("  task:  " + task);
    }
    screen.line("  check: ./kit check " + exercise.id());
    screen.line("  stuck: ./kit hint " + exercise.id());
    return 0;
  }

  /** Returns the first exercise, in index order, that is not done. */
  static Optional<Exercise> next(ExerciseIndex index, Progress progress) {
    return index.exercises().stream().filter(e -> progress.of(e.id()) != Status.DONE).findFirst();
  }
}
