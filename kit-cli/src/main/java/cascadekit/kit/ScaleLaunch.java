package cascadekit.kit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * {@code ./kit run 11 [NAME] [args]}: chapter 11 lives in the {@code scale} module, which only
 * {@code -Pspark} builds, and runs on Spark's class path with Spark's {@code --add-opens} flags,
 * so its example starts in a JVM of its own, from the {@link ScaleBuild}.
 */
final class ScaleLaunch {
  /** The chapter whose examples live in the scale module. */
  static final String CHAPTER = "11";

  private static final String PACKAGE = "cascadekit/examples/ch11/";

  private ScaleLaunch() {}

  /** Runs chapter 11's example, or its class {@code args[0]} with the rest as arguments; returns its exit code. */
  static int run(Project project, List<String> args) {
    ScaleBuild build = ScaleBuild.of(project, "chapter 11");
    try (JarFile archive = new JarFile(build.jar().toFile())) {
      String name = args.isEmpty() ? "ScalingExample" : args.get(0);
      if (archive.getEntry(PACKAGE + name + ".class") == null) {
        throw new KitException("chapter 11 has no class " + name + "; it has " + String.join(", ", classes(archive)));
      }
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(build.flags());
      command.addAll(List.of("-cp", build.jar() + java.io.File.pathSeparator + build.classpath(),
          "-Dcascadekit.root=" + project.root(), PACKAGE.replace('/', '.') + name));
      command.addAll(args.isEmpty() ? List.of() : args.subList(1, args.size()));
      return new ProcessBuilder(command).inheritIO().start().waitFor();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start chapter 11's example from " + build.jar(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KitException("chapter 11's example was interrupted");
    }
  }

  private static List<String> classes(JarFile archive) {
    return archive.stream().map(JarEntry::getName)
        .filter(n -> n.startsWith(PACKAGE) && n.endsWith(".class") && !n.contains("$"))
        .map(n -> n.substring(PACKAGE.length(), n.length() - ".class".length())).sorted().toList();
  }
}
