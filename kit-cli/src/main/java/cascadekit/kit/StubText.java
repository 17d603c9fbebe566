package cascadekit.kit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the task text out of a stub's Javadoc. */
final class StubText {
  private static final Pattern TASK_ONE = Pattern.compile("^\\s*\\*?\\s*(?:<p>)?\\s*(Task 1\\..*)$");

  private StubText() {}

  /** Returns the stub's first task sentence ({@code Task 1. ...}), or an empty string (also when the file is gone). */
  static String firstTask(Path stub) {
    if (!Files.isRegularFile(stub)) {
      return "";
    }
    try {
      List<String> lines = Files.readAllLines(stub, StandardCharsets.UTF_8);
      for (String line : lines) {
        Matcher task = TASK_ONE.matcher(line);
        if (task.matches()) {
          return task.group(1).replaceAll("\\{@code ([^}]*)}", "$1").trim();
        }
      }
      return "";
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + stub, e);
    }
  }
}
