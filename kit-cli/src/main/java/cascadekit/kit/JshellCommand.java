package cascadekit.kit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./kit jshell [NN]}: jshell on the kit's class path, with the toolbox imported and,
 * for a chapter, its dataset loaded into a variable.
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
        + "cascadekit.model, Tablesaw). With a chapter number, also loads that chapter's data into a\n"
        + "variable, e.g. ./kit jshell 01 gives you `penguins`. Type /exit to leave.";
  }

  @Override
  public int run(Context context, List<String> args) {
    String word = Args.optionalOne(this, args);
    List<String> command = command(context.project(), word == null ? null : RunCommand.chapterNumber(word));
    try {
      return new ProcessBuilder(command).inheritIO().start().waitFor();
    } catch (IOException e) {
      throw new KitException("cannot start jshell: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 130;
    }
  }

  /** Returns the jshell command line for {@code chapter} (null: imports only). */
  static List<String> command(Project project, String chapter) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "jshell").toString());
    command.add("--class-path");
    command.add(System.getProperty("java.class.path"));
    command.add("-R-Dcascadekit.root=" + project.root());
    command.add("--startup");
    command.add("DEFAULT");
    command.add("--startup");
    command.add(startupScript(project, chapter).toString());
    return command;
  }

  private static Path startupScript(Project project, String chapter) {
    StringBuilder script = new StringBuilder(resource("jshell/common.jsh"));
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
