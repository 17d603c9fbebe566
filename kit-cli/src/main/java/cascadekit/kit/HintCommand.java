package cascadekit.kit;

import java.util.List;

/**
 * {@code ./kit hint ID}: the next hint each time, remembering in {@code .kit/hints.tsv} how
 * many were shown.
 */
final class HintCommand implements Command {
  @Override
  public String name() {
    return "hint";
  }

  @Override
  public String usage() {
    return "hint [ID]";
  }

  @Override
  public String summary() {
    return "show an exercise's next hint";
  }

  @Override
  public String help() {
    return "Shows the exercise's next hint (default: the next unsolved exercise). Each call shows one\n"
        + "more, from a nudge to nearly the answer, and repeats the ones already shown.";
  }

  @Override
  public int run(Context context, List<String> args) {
    Exercise exercise = context.exerciseOrNext(Args.optionalOne(this, args)).orElse(null);
    if (exercise == null) {
      context.screen().line("Every exercise passes: no hint needed. Name one: ./kit hint ID");
      return 0;
    }
    showNext(context, exercise);
    return 0;
  }

  /** Prints the hints of {@code exercise} up to and including the next one, and remembers it. */
  static void showNext(Context context, Exercise exercise) {
    StateFile shown = StateFile.load(context.project(), "hints.tsv", "a hint count", HintCommand::isCount);
    int total = exercise.hints().size();
    int count = Math.min(total, shown.get(exercise.id()).map(Integer::parseInt).orElse(0) + 1);
    shown.put(exercise.id(), Integer.toString(count));
    Screen screen = context.screen();
    screen.line(screen.bold(exercise.id()) + ": hint " + count + " of " + total);
    for (int i = 0; i < count; i++) {
      String text = exercise.hints().get(i);
      screen.line("  " + (i + 1) + ". " + (i == count - 1 ? text : screen.dim(text)));
    }
    if (count == total) {
      screen.line("That was the last hint. The reference solution: ./kit solution " + exercise.id());
    }
  }

  /** Returns whether {@code value} is a count of hints shown: a non-negative integer. */
  private static boolean isCount(String value) {
    return value.matches("\\d{1,9}");
  }
}
