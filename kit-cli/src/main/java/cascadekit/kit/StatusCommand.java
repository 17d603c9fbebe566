package cascadekit.kit;

import java.util.List;
import java.util.Map;

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
    Course course = context.course();
    List<Exercise> exercises = course.index().exercises();
    long done = exercises.stream().filter(e -> course.status(e) == Status.DONE).count();
    screen.line(screen.bold("Cascade Kit") + ": " + done + " of " + exercises.size() + " exercises done");
    screen.blank();
    Map<String, String> titles = Chapters.titles(context.project());
    for (String chapter : exercises.stream().map(Exercise::chapter).distinct().toList()) {
      List<Exercise> inChapter = course.inChapter(chapter);
      long chapterDone = inChapter.stream().filter(e -> course.status(e) == Status.DONE).count();
      screen.line(
          String.format(
              "  %s %-28s %s %d/%d",
              chapter, titles.getOrDefault(chapter, ""), screen.bar(chapterDone, inChapter.size(), 20),
              chapterDone, inChapter.size()));
    }
    screen.blank();
    return NextCommand.show(context, course.next());
  }
}
