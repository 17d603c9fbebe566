package cascadekit.kit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Reads committed versions of a file through the {@code git} command, when the project is a git checkout. */
final class GitHistory {
  private final Project project;

  GitHistory(Project project) {
    this.project = project;
  }

  /**
   * Returns the revisions worth looking at for {@code path}, newest first: {@code HEAD}, the
   * branch the learner cloned ({@code @{upstream}}), then every commit that touched the file.
   */
  List<String> revisionsOf(String path) {
    List<String> revisions = new ArrayList<>(List.of("HEAD", "@{upstream}"));
    git("log", "--format=%H", "--", path)
        .ifPresent(log -> revisions.addAll(new String(log, StandardCharsets.UTF_8).lines().toList()));
    return revisions;
  }

  /** Returns {@code path} as committed in {@code revision}; empty when git or that version is not there. */
  Optional<byte[]> show(String revision, String path) {
    return git("show", revision + ":" + path);
  }

  private Optional<byte[]> git(String... args) {
    List<String> command = new ArrayList<>(List.of("git", "-C", project.root().toString()));
    command.addAll(List.of(args));
    try {
      Process git = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      byte[] out = git.getInputStream().readAllBytes();
      boolean ended = git.waitFor(10, TimeUnit.SECONDS);
      return ended && git.exitValue() == 0 ? Optional.of(out) : Optional.empty();
    } catch (IOException noGit) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
