package cascadekit.kit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** The learner's name when none is given: git's {@code user.name}, else the account's name. */
final class LearnerName {
  private LearnerName() {}

  /** Returns {@code git config user.name} run in the project, or the OS user name when git has none. */
  static String of(Project project) {
    String git = gitUserName(project);
    return git.isBlank() ? System.getProperty("user.name") : git;
  }

  private static String gitUserName(Project project) {
    try {
      Process git =
          new ProcessBuilder("git", "config", "user.name")
              .directory(project.root().toFile())
              .redirectErrorStream(true)
              .start();
      String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      boolean finished = git.waitFor(5, TimeUnit.SECONDS);
      return finished && git.exitValue() == 0 ? output : "";
    } catch (IOException e) {
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }
}
