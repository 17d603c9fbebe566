package cascadekit.kit;

import java.util.stream.Collectors;

/** Turns what a test threw into the one piece of text a learner reads. */
final class Failures {
  private Failures() {}

  /** Returns a failure in one readable piece: the assertion's message, or the exception and where it left the learner's code. */
  static String describe(Throwable thrown) {
    String message = thrown.getMessage() == null ? "" : withoutStackLines(thrown.getMessage()).strip();
    if (thrown instanceof AssertionError) {
      return message.isEmpty() ? "assertion failed" : message;
    }
    if (thrown instanceof StackOverflowError) {
      message = "a method that calls itself without end?";
    }
    return thrown.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message) + whereIn(thrown);
  }

  /**
   * Returns where an unexpected exception left the learner's code, e.g.
   * {@code " (at CsvRecords.column, CsvRecords.java:31)"}: the first frame in the kit's
   * exercise packages that is not a test; empty if there is none.
   */
  private static String whereIn(Throwable thrown) {
    for (StackTraceElement frame : thrown.getStackTrace()) {
      String type = frame.getClassName();
      if (type.startsWith("cascadekit.") && !type.contains("Test") && frame.getFileName() != null) {
        String simple = type.substring(type.lastIndexOf('.') + 1).replaceAll("\\$.*", "");
        return " (at " + simple + "." + frame.getMethodName() + ", " + frame.getFileName() + ":" + frame.getLineNumber() + ")";
      }
    }
    return "";
  }

  /** Drops the stack frames AssertJ copies into its messages: they point into the tests, not the learner's code. */
  private static String withoutStackLines(String message) {
    return message
        .lines()
        .filter(line -> !line.matches("\\s+at \\S+\\(.*\\)") && !line.strip().startsWith("...("))
        .collect(Collectors.joining("\n"));
  }
}
