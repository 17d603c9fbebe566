package cascadekit.kit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * {@code ./kit reset ID}: restores the original stub, always keeping the learner's version as
 * a timestamped backup in {@code .kit/backups/ID/}.
 */
final class ResetCommand implements Command {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  @Override
  public String name() {
    return "reset";
  }

  @Override
  public String usage() {
    return "reset ID | reset --all";
  }

  @Override
  public String summary() {
    return "restore a stub, keeping your version as a backup";
  }

  @Override
  public String help() {
    return "Restores the exercise's original stub, the one whose checksum exercises/stubs.sha256\n"
        + "holds, from the kit's copy or from git, even if .kit/ was deleted. Your version is never\n"
        + "lost: it is kept as a timestamped backup in .kit/backups/ID/, and the kit says where.\n"
        + "--all resets every exercise, after asking you to confirm.";
  }

  @Override
  public int run(Context context, List<String> args) {
    String target = Args.one(this, args);
    ExerciseIndex index = context.index();
    if (!target.equals("--all")) {
      reset(context, index.get(target));
      return 0;
    }
    int count = index.exercises().size();
    if (!context.confirm("Reset all " + count + " exercises to their stubs? Your versions are kept as backups.")) {
      context.screen().line("Nothing was reset.");
      return 1;
    }
    index.exercises().forEach(exercise -> reset(context, exercise));
    return 0;
  }

  private static void reset(Context context, Exercise exercise) {
    Project project = context.project();
    Path stub = project.file(exercise.stub());
    byte[] original = Pristine.original(project, exercise);
    try {
      if (Files.isRegularFile(stub) && StubChecksums.load(project).isOriginal(exercise, Files.readAllBytes(stub))) {
        context.screen().line(exercise.id() + ": already the original stub; nothing to reset.");
        return;
      }
      String backupNote = "";
      if (Files.exists(stub)) {
        Path backup = backupPath(project, exercise, stub.getFileName().toString());
        Files.createDirectories(backup.getParent());
        Files.copy(stub, backup);
        backupNote = " Your version is kept at " + project.root().relativize(backup) + ".";
      }
      Files.createDirectories(stub.getParent());
      Files.write(stub, original);
      Progress.load(project).record(exercise.id(), Status.NEW);
      context.screen().line(exercise.id() + ": restored " + exercise.stub() + "." + backupNote);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot reset " + exercise.id(), e);
    }
  }

  private static Path backupPath(Project project, Exercise exercise, String fileName) {
    Path folder = project.state().resolve("backups").resolve(exercise.id());
    String stamp = LocalDateTime.now().format(STAMP);
    Path backup = folder.resolve(stamp + "-" + fileName);
    for (int n = 2; Files.exists(backup); n++) {
      backup = folder.resolve(stamp + "-" + n + "-" + fileName);
    }
    return backup;
  }
}
