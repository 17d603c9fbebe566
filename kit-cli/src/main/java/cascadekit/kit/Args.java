package cascadekit.kit;

import java.time.Duration;
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

  /**
   * Returns the seconds after {@code --timeout S} as a duration, removing both words from
   * {@code args}; the default when there is no such option.
   */
  static Duration timeout(List<String> args, Duration otherwise) {
    int at = args.indexOf("--timeout");
    if (at < 0) {
      return otherwise;
    }
    String value = at + 1 < args.size() ? args.get(at + 1) : "";
    if (!value.matches("[1-9]\\d{0,3}")) {
      throw new KitException("--timeout takes whole seconds from 1 to 9999, e.g. --timeout 30; got '" + value + "'");
    }
    args.subList(at, at + 2).clear();
    return Duration.ofSeconds(Integer.parseInt(value));
  }

  /** Refuses any word. */
  static void none(Command command, List<String> args) {
    if (!args.isEmpty()) {
      throw new KitException("unexpected arguments: " + String.join(" ", args) + "; usage: ./kit " + command.usage());
    }
  }
}
