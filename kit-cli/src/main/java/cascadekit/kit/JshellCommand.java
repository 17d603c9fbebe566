package cascadekit.kit;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./kit jshell [NN]}: jshell on the kit's class path, with the toolbox imported and, for
 * a chapter, its dataset loaded into a variable and the learner's own classes of that chapter
 * compiled and imported.
 */
final class JshellCommand implements Command {
  @Override
  public String name() {
    return "jshell";
  }

  @Override
  public String usage() {
    return "jshell [NN]";
  }

  @Override
  public String summary() {
    return "jshell with the toolbox and a chapter's data loaded";
  }

  @Override
  public String help() {
    return "Starts jshell on the kit's class path with the toolbox imported (cascadekit.data,\n"
        + "cascadekit.model, Tablesaw, Commons CSV). With a chapter number, also loads that chapter's\n"
        + "data into a variable, e.g. ./kit jshell 01 gives you `penguins`, and compiles and imports\n"
        + "your classes of the chapter (a file that does not compile is left out, with a note).\n"
        + "Type /exit to leave.";
  }

  @Override
  public int run(Context context, List<String> args) {
    String word = Args.optionalOne(this, args);
    String chapter = word == null ? null : RunCommand.chapterNumber(word);
    ChapterStubs stubs =
        chapter == null ? ChapterStubs.NONE : ChapterStubs.compile(context.project(), context.index(), chapter);
    stubs.notes().forEach(context.screen()::line);
    List<String> command = command(context.project(), chapter, stubs);
    try {
      return new ProcessBuilder(command).inheritIO().start().waitFor();
    } catch (IOException e) {
      throw new KitException("cannot start jshell: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 130;
    }
  }

  /** Returns the jshell command line for {@code chapter} (null: imports only) and its {@code stubs}. */
  static List<String> command(Project project, String chapter, ChapterStubs stubs) {
    List<String> classPath = new ArrayList<>();
    stubs.classPath().forEach(folder -> classPath.add(folder.toString()));
    classPath.add(System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "jshell").toString());
    command.add("--class-path");
    command.add(String.join(File.pathSeparator, classPath));
    command.add("-R-Dcascadekit.root=" + project.root());
    command.add("--startup");
    command.add("DEFAULT");
    command.add("--startup");
    command.add(startupScript(project, chapter, stubs.imports()).toString());
    return command;
  }

  private static Path startupScript(Project project, String chapter, List<String> imports) {
    StringBuilder script = new StringBuilder(resource("jshell/common.jsh"));
    imports.forEach(line -> script.append(line).append('\n'));
    if (chapter != null) {
      String chapterScript = resource("jshell/" + chapter + ".jsh");
      if (chapterScript.isEmpty()) {
        throw new KitException("chapter " + chapter + " has no jshell setup yet; try ./kit jshell");
      }
      script.append(chapterScript);
    }
    try {
      Path file = project.state().resolve("jshell").resolve((chapter == null ? "kit" : chapter) + ".jsh");
      Files.createDirectories(file.getParent());
      Files.writeString(file, script);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = JshellCommand.class.getClassLoader().getResourceAsStream(name)) {
      return in == null ? "" : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
