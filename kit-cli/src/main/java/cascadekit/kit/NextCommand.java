package cascadekit.kit;

import java.util.List;
import java.util.Optional;

/** {@code ./kit next}: the next unsolved exercise, its file, first task and check command. */
final class NextCommand implements Command {
  @Override
  public String name() {
    return "next";
  }

  @Override
  public String usage() {
    return "next [ID|NN]";
  }

  @Override
  public String summary() {
    return "the next exercise: its file, first task and check command";
  }

  @Override
  public String help() {
    return "Shows the next exercise you have not solved: its file, its first task, and how to check it.\n"
        + "NN, a chapter number, starts you at that chapter: its first unsolved exercise becomes the one\n"
        + "./kit, check, watch and hint work on. ID does the same for one exercise.";
  }

  @Override
  public int run(Context context, List<String> args) {
    String target = Args.optionalOne(this, args);
    Optional<Exercise> next = context.exerciseOrNext(target);
    if (target != null && next.isPresent()) {
      String detour = Course.detour(target, next.get());
      if (!detour.isEmpty()) {
        context.screen().line(detour);
      }
      context.course().focusOn(next.get());
    }
    return show(context, next);
  }

  /** Prints {@code next}, or a well done when every exercise passes; returns 0. */
  static int show(Context context, Optional<Exercise> next) {
    Screen screen = context.screen();
    if (next.isEmpty()) {
      screen.line(screen.good("Every exercise passes. Well done."));
      return 0;
    }
    Exercise exercise = next.get();
    screen.line("Next: " + screen.bold(exercise.id()) + ": " + exercise.title());
    screen.line("  file:  " + exercise.stub());
    String task = StubText.firstTask(context.project().file(exercise.stub()));
    if (!task.isEmpty()) {
      screen.line("  task:  " + task);
    }
    screen.line("  check: ./kit check " + exercise.id() + "   (or ./kit watch " + exercise.id() + " to re-check on every save)");
    screen.line("  stuck: ./kit hint " + exercise.id());
    return 0;
  }
}
