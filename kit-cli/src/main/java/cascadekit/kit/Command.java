package cascadekit.kit;

import java.util.List;

/** One {@code ./kit} subcommand. */
interface Command {
  /** Returns the word that names it on the command line, e.g. {@code check}. */
  String name();

  /** Returns its usage line, e.g. {@code check [ID]}. */
  String usage();

  /** Returns what it does in a few words, for the list of commands. */
  String summary();

  /** Returns what it does in full, a few lines; shown by {@code ./kit help NAME}. */
  String help();

  /** Runs it with {@code args} (the words after its name) and returns the exit status. */
  int run(Context context, List<String> args);
}
