package cascadekit.kit;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The learner's command, started by the {@code ./kit} script.
 *
 * <pre>{@code
 * ./kit                    progress and the next exercise
 * ./kit check 01.accuracy  run one exercise's tests
 * ./kit help               every command
 * }</pre>
 */
public final class Kit {
  private Kit() {}

  /** Runs the command in {@code args} and exits with its status. */
  public static void main(String[] args) {
    Terminal.useOutputCharset();
    System.exit(run(args, System.in));
  }

  /** Returns the exit status of the command in {@code args}: 0 success, 1 failing, 2 misuse. */
  static int run(String[] args, InputStream in) {
    List<String> words = new ArrayList<>(List.of(args));
    boolean plain = words.remove("--plain");
    boolean help = words.remove("--help") | words.remove("-h");
    List<Command> commands = commands();
    try {
      Command command = words.isEmpty() ? commands.get(0) : find(commands, words.remove(0));
      if (help) {
        words = List.of(command.name());
        command = find(commands, "help");
      }
      Context context =
          new Context(
              Project.locate(),
              Screen.detect(plain),
              new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
      if (!(command instanceof HelpCommand)) {
        Pristine.snapshot(context.project(), context.index());
      }
      return command.run(context, words);
    } catch (KitException | UncheckedIOException e) {
      System.err.println("kit: " + e.getMessage());
      return 2;
    }
  }

  /** Returns every command, the default ({@code status}) first. */
  static List<Command> commands() {
    List<Command> commands = new ArrayList<>();
    commands.add(new StatusCommand());
    commands.add(new NextCommand());
    commands.add(new ListCommand());
    commands.add(new CheckCommand());
    commands.add(new WatchCommand());
    commands.add(new HintCommand());
    commands.add(new ResetCommand());
    commands.add(new SolutionCommand());
    commands.add(new RunCommand());
    commands.add(new JshellCommand());
    commands.add(new ClassCommand());
    commands.add(new VerifyCommand());
    commands.add(new BenchCommand());
    commands.add(new HelpCommand(commands));
    return commands;
  }

  /** Returns the command called {@code name}, or fails naming the closest one. */
  static Command find(List<Command> commands, String name) {
    return commands.stream()
        .filter(c -> c.name().equals(name))
        .findFirst()
        .orElseThrow(
            () -> {
              List<String> names = commands.stream().map(Command::name).toList();
              String closest = Suggestions.closest(names, name, 1).get(0);
              return new KitException("unknown command '" + name + "'; did you mean " + closest + "? (./kit help lists them)");
            });
  }
}
