package cascadekit.kit;

import java.util.List;

/** Checks a command's words. */
final class Args {
  private Args() {}

  /** Returns the only word, or null when there is none; refuses more than one. */
  static String optionalOne(Command command, List<String> args) {
    if (args.size() > 1) {
      throw new KitException("too many arguments; usage: ./kit " + command.usage());
    }
    return args.isEmpty() ? null : args.get(0);
  }

  /** Returns the only word; refuses none or more than one. */
  static String one(Command command, List<String> args) {
    String word = optionalOne(command, args);
    if (word == null) {
      throw new KitException("missing argument; usage: ./kit " + command.usage());
    }
    return word;
  }

  /** Refuses any word. */
  static void none(Command command, List<String> args) {
    if (!args.isEmpty()) {
      throw new KitException("unexpected arguments: " + String.join(" ", args) + "; usage: ./kit " + command.usage());
    }
  }
}
