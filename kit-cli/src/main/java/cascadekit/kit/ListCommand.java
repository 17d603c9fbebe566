package cascadekit.kit;

import java.util.List;

/** {@code ./kit list}: every exercise with its status. */
final class ListCommand implements Command {
  @Override
  public String name() {
    return "list";
  }

  @Override
  public String usage() {
    return "list [--plain]";
  }

  @Override
  public String summary() {
    return "every exercise and its status";
  }

  @Override
  public String help() {
    return "Lists every exercise with its status: done, failing or new. With --plain, or when output\n"
        + "is not a terminal, one exercise a line: ID<TAB>STATUS<TAB>TITLE.";
  }

  @Override
  public int run(Context context, List<String> args) {
    Args.none(this, args);
    Screen screen = context.screen();
    Course course = context.course();
    for (Exercise exercise : course.index().exercises()) {
      Status status = course.status(exercise);
      if (!screen.fancy()) {
        screen.line(exercise.id() + "\t" + status.label() + "\t" + exercise.title());
        continue;
      }
      String label =
          switch (status) {
            case DONE -> screen.good("done   ");
            case FAILING -> screen.bad("failing");
            case NEW -> "new    ";
          };
      screen.line(String.format("  %-28s %s  %s", exercise.id(), label, exercise.title()));
    }
    return 0;
  }
}
