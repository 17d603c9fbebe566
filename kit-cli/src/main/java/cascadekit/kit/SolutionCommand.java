package cascadekit.kit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code ./kit solution ID}: the reference solution as a diff against the learner's file; shown
 * freely once the exercise passes, before that only after the learner confirms.
 */
final class SolutionCommand implements Command {
  @Override
  public String name() {
    return "solution";
  }

  @Override
  public String usage() {
    return "solution ID";
  }

  @Override
  public String summary() {
    return "the reference solution, as a diff against your file";
  }

  @Override
  public String help() {
    return "Shows the reference solution as a diff against your file (- your lines, + the\n"
        + "solution's). Once the exercise passes it is shown at once; before that the kit asks\n"
        + "you to confirm, since working it out is the point.";
  }

  @Override
  public int run(Context context, List<String> args) {
    Exercise exercise = context.index().get(Args.one(this, args));
    Project project = context.project();
    Screen screen = context.screen();
    boolean solved = context.course().status(exercise) == Status.DONE;
    if (!solved
        && !context.confirm(exercise.id() + " does not pass yet (./kit check " + exercise.id()
            + "). Show the reference solution anyway?")) {
      screen.line("Not shown. ./kit hint " + exercise.id() + " gives the next hint instead.");
      return 1;
    }
    Path solution = project.in(exercise).solutionSources().resolve(exercise.sourcePath());
    List<String> diff = LineDiff.unified(lines(project.file(exercise.stub())), lines(solution));
    screen.line("--- your file:          " + exercise.stub());
    screen.line("+++ reference solution: " + project.root().relativize(solution));
    if (diff.isEmpty()) {
      screen.line("Your file is the reference solution, line for line.");
    }
    for (String line : diff) {
      screen.line(line.startsWith("+") ? screen.good(line) : line.startsWith("-") ? screen.bad(line) : line);
    }
    return 0;
  }

  private static List<String> lines(Path file) {
    if (!Files.exists(file)) {
      return List.of();
    }
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
