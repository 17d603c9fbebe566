package cascadekit.kit;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code ./kit}: progress per chapter, then the next exercise and how to check it. */
final class StatusCommand implements Command {
  @Override
  public String name() {
    return "status";
  }

  @Override
  public String usage() {
    return "[status] [--json]";
  }

  @Override
  public String summary() {
    return "progress per chapter and the next exercise (the default)";
  }

  @Override
  public String help() {
    return "Shows progress per chapter (a bar and N/M exercises done) and the next exercise.\n"
        + "With --json [--name NAME], prints your results as JSON for your instructor's ./kit class:\n"
        + "./kit status --json --name \"Ada\" > ada.json (the name defaults to git's user.name).";
  }

  @Override
  public int run(Context context, List<String> args) {
    if (args.contains("--json")) {
      return StatusJson.print(this, context, args, java.time.Clock.systemUTC());
    }
    Args.none(this, args);
    Screen screen = context.screen();
    ExerciseIndex index = context.index();
    Progress progress = Progress.load(context.project());
    List<Exercise> exercises = index.exercises();
    long done = exercises.stream().filter(e -> progress.of(e.id()) == Status.DONE).count();
    screen.line(screen.bold("Cascade Kit") + ": " + done + " of " + exercises.size() + " exercises done");
    screen.blank();
    Map<String, String> titles = Chapters.titles(context.project());
    for (String chapter : exercises.stream().map(Exercise::chapter).distinct().toList()) {
      List<Exercise> inChapter = exercises.stream().filter(e -> e.chapter().equals(chapter)).toList();
      long chapterDone = inChapter.stream().filter(e -> progress.of(e.id()) == Status.DONE).count();
      screen.line(
          String.format(
              "  %s %-28s %s %d/%d",
              chapter, titles.getOrDefault(chapter, ""), screen.bar(chapterDone, inChapter.size(), 20),
              chapterDone, inChapter.size()));
    }
    screen.blank();
    return NextCommand.show(context, next(index, progress));
  }

  /** Returns the first exercise, in index order, that is not done. */
  static Optional<Exercise> next(ExerciseIndex index, Progress progress) {
    return index.exercises().stream().filter(e -> progress.of(e.id()) != Status.DONE).findFirst();
  }

  /**
   * Returns the first exercise after {@code current}, in index order and wrapping round, that is
   * not done: the one a learner who just solved {@code current} expects next.
   */
  static Optional<Exercise> nextAfter(ExerciseIndex index, Progress progress, Exercise current) {
    List<Exercise> exercises = index.exercises();
    int start = exercises.indexOf(current);
    for (int step = 1; step <= exercises.size(); step++) {
      Exercise candidate = exercises.get((start + step) % exercises.size());
      if (progress.of(candidate.id()) != Status.DONE) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
