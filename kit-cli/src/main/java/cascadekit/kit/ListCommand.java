package cascadekit.kit;

/** {@code ./kit list}: every exercise with its status; {@code --plain} gives {@code ID<TAB>STATUS<TAB>TITLE}. */
final class ListCommand {
  private ListCommand() {}

  static int run(Project project, ExerciseIndex index, Screen screen, boolean plain) {
    Progress progress = Progress.load(project);
    for (Exercise exercise : index.exercises()) {
      Status status = progress.of(exercise.id());
      if (plain) {
        screen.line(exercise.id() + "\t" + status.label() + "\t" + exercise.title());
      } else {
        String label = switch (status) {
          case DONE -> screen.good("done   ");
          case FAILING -> screen.bad("failing");
          case NEW -> "new    ";
        };
        screen.line(String.format("  %-28s %s  %s", exercise.id(), label, exercise.title()));
      }
    }
    return 0;
  }
}
