package cascadekit.kit;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The learner's command, started by the {@code ./kit} script.
 *
 * <pre>{@code
 * ./kit                 progress and the next exercise
 * ./kit check 01.accuracy
 * }</pre>
 */
public final class Kit {
  static final String USAGE =
      """
      Cascade Kit: read a chapter, run its example, make its exercises pass.

      usage: ./kit [command] [--plain]

        (no command)   progress per chapter and the next exercise
        list           every exercise and its status (--plain: ID<TAB>STATUS<TAB>TITLE)
        check [ID]     run an exercise's tests on your file (default: the next one)
        run NN         run chapter NN's example, e.g. ./kit run 01
        verify         the integrity gate: every test fails on its stub, passes on its solution
        help           this text

      --plain gives plain text without colours; it is the default when output is not a terminal.
      """;

  private Kit() {}

  /** Runs the command in {@code args} and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Returns the exit status of the command in {@code args}: 0 success, 1 failing, 2 misuse. */
  static int run(String[] args) {
    List<String> words = new ArrayList<>(List.of(args));
    boolean plain = words.remove("--plain");
    if (words.remove("--help") || words.remove("-h")) {
      words.add(0, "help");
    }
    String command = words.isEmpty() ? "" : words.remove(0);
    String argument = words.isEmpty() ? null : words.remove(0);
    try {
      if (!words.isEmpty()) {
        throw new KitException("unexpected arguments: " + String.join(" ", words));
      }
      Screen screen = Screen.detect(plain);
      Project project = Project.locate();
      return switch (command) {
        case "" -> StatusCommand.run(project, index(project), screen);
        case "list" -> ListCommand.run(project, index(project), screen, !screen.fancy());
        case "check" -> CheckCommand.run(project, index(project), screen, argument);
        case "run" -> RunCommand.run(argument);
        case "verify" -> VerifyCommand.run(project, index(project), screen);
        case "help" -> help();
        default -> throw new KitException("unknown command '" + command + "'; ./kit help lists them");
      };
    } catch (KitException | UncheckedIOException e) {
      System.err.println("kit: " + e.getMessage());
      return 2;
    }
  }

  private static ExerciseIndex index(Project project) {
    return ExerciseIndex.read(project.index());
  }

  private static int help() {
    System.out.print(USAGE);
    return 0;
  }
}
