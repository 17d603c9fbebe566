package cascadekit.kit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** {@code ./kit class DIR}: an instructor's view of the learners' status files in a folder. */
final class ClassCommand implements Command {
  @Override
  public String name() {
    return "class";
  }

  @Override
  public String usage() {
    return "class DIR";
  }

  @Override
  public String summary() {
    return "roll up learners' status files: chapters done, stuck tests";
  }

  @Override
  public String help() {
    return "Reads every *.json file in DIR, each one learner's ./kit status --json, and shows how many\n"
        + "learners finished each chapter and the tests the class fails most right now. Writes the\n"
        + "same, with a heat map of learners by exercises, to reports/class.html. Files that are not\n"
        + "status files are named and skipped. Exits 1 when no learner's file could be read.";
  }

  @Override
  public int run(Context context, List<String> args) {
    Path folder = Path.of(Args.one(this, args));
    LearnerFiles files = LearnerFiles.read(folder);
    Screen screen = context.screen();
    files.skipped().forEach(reason -> screen.line(screen.bad("skipped ") + reason));
    if (files.learners().isEmpty()) {
      screen.line(screen.bad("No learner's status file to roll up in " + folder + ".")
          + " Each learner runs ./kit status --json --name NAME > NAME.json; collect those files there.");
      return 1;
    }
    ClassRoll roll = new ClassRoll(context.index(), files.learners());
    Map<String, String> titles = Chapters.titles(context.project());
    screen.line(screen.bold("Class view") + ": " + files.learners().size() + " learners from " + folder
        + (files.skipped().isEmpty() ? "" : ", " + files.skipped().size() + " files skipped"));
    screen.blank();
    new ClassView(screen).print(roll, titles);
    screen.blank();
    Path page = context.project().root().resolve("reports/class.html");
    write(page, ClassPage.of(roll, titles));
    screen.line("The heat map of learners by exercises: " + context.project().root().relativize(page));
    return 0;
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
