package cascadekit.kit;

import java.util.List;

/** {@code ./kit help [COMMAND]}: the commands, or one command in full. */
final class HelpCommand implements Command {
  private static final List<String> FOR_INSTRUCTORS = List.of("class", "verify");
  private static final List<String> FOR_MAINTAINERS = List.of("bench");

  private final List<Command> commands;

  HelpCommand(List<Command> commands) {
    this.commands = commands;
  }

  @Override
  public String name() {
    return "help";
  }

  @Override
  public String usage() {
    return "help [COMMAND]";
  }

  @Override
  public String summary() {
    return "the commands, or one in full";
  }

  @Override
  public String help() {
    return "Lists the commands, or explains one: ./kit help check (or ./kit check --help).";
  }

  @Override
  public int run(Context context, List<String> args) {
    String name = Args.optionalOne(this, args);
    Screen screen = context.screen();
    if (name != null) {
      Command command = Kit.find(commands, name);
      screen.line("usage: ./kit " + command.usage());
      screen.blank();
      command.help().lines().forEach(screen::line);
      return 0;
    }
    screen.line("Cascade Kit: read a chapter, run its example, make its exercises pass.");
    screen.blank();
    screen.line("usage: ./kit [COMMAND] [--plain]");
    screen.blank();
    commands.stream()
        .filter(c -> !FOR_INSTRUCTORS.contains(c.name()) && !FOR_MAINTAINERS.contains(c.name()))
        .forEach(c -> listLine(screen, c));
    section(screen, "For instructors:", FOR_INSTRUCTORS);
    section(screen, "For maintainers:", FOR_MAINTAINERS);
    screen.blank();
    screen.line("Without a command: progress and the next exercise. ./kit help COMMAND tells more.");
    screen.line("--plain prints plain text, the default when output is not a terminal.");
    return 0;
  }

  /** Prints a blank line, {@code heading}, then the commands called {@code names}. */
  private void section(Screen screen, String heading, List<String> names) {
    screen.blank();
    screen.line(heading);
    commands.stream().filter(c -> names.contains(c.name())).forEach(c -> listLine(screen, c));
  }

  private static void listLine(Screen screen, Command command) {
    screen.line(String.format("  %-37s %s", command.usage(), command.summary()));
  }
}
