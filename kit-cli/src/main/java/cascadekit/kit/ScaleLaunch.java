package cascadekit.kit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * {@code ./kit run 11 [NAME] [args]}: chapter 11 lives in the {@code scale} module, which only
 * {@code -Pspark} builds, and runs on Spark's class path with Spark's {@code --add-opens} flags,
 * so its example starts in a JVM of its own: the module's jar, the class path its build wrote
 * beside it, and the flags it wrote into the jar.
 */
final class ScaleLaunch {
  /** The chapter whose examples live in the scale module. */
  static final String CHAPTER = "11";

  static final String BUILD = "./mvnw -B -Pspark install -DskipTests";
  /** The scale module's build properties: the JDK flags Spark needs. */
  static final String BUILD_PROPERTIES = "cascadekit/scale/build.properties";

  private static final String PACKAGE = "cascadekit/examples/ch11/";

  private ScaleLaunch() {}

  /** Runs chapter 11's example, or its class {@code args[0]} with the rest as arguments; returns its exit code. */
  static int run(Project project, List<String> args) {
    Path target = project.file("scale/target");
    Path classpath = target.resolve("scale.classpath");
    Path jar = jar(target);
    if (jar == null || !Files.isRegularFile(classpath)) {
      throw new KitException("chapter 11 runs on Spark, which the default build leaves out (about 250 MB): build it first: " + BUILD);
    }
    try (JarFile archive = new JarFile(jar.toFile())) {
      String name = args.isEmpty() ? "ScalingExample" : args.get(0);
      if (archive.getEntry(PACKAGE + name + ".class") == null) {
        throw new KitException("chapter 11 has no class " + name + "; it has " + String.join(", ", classes(archive)));
      }
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(List.of(flags(archive).split("\\s+")));
      command.addAll(List.of("-cp", jar + java.io.File.pathSeparator + Files.readString(classpath).trim(),
          "-Dcascadekit.root=" + project.root(), PACKAGE.replace('/', '.') + name));
      command.addAll(args.isEmpty() ? List.of() : args.subList(1, args.size()));
      return new ProcessBuilder(command).inheritIO().start().waitFor();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start chapter 11's example from " + jar, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KitException("chapter 11's example was interrupted");
    }
  }

  /** Returns the scale module's jar in {@code target}, or null before the Spark build. */
  static Path jar(Path target) {
    if (!Files.isDirectory(target)) {
      return null;
    }
    try (Stream<Path> files = Files.list(target)) {
      return files.filter(f -> f.getFileName().toString().matches("scale-.*(?<!-sources|-tests)\\.jar")).findFirst().orElse(null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the JDK flags Spark needs, as the scale module's build wrote them into {@code archive}. */
  static String flags(JarFile archive) throws IOException {
    JarEntry entry = archive.getJarEntry(BUILD_PROPERTIES);
    if (entry == null) {
      throw new KitException("the scale module's jar has no build.properties: rebuild it with " + BUILD);
    }
    try (InputStream in = archive.getInputStream(entry)) {
      return flags(in);
    }
  }

  /** Returns the {@code jdk.flags} line of the build properties read from {@code in}. */
  static String flags(InputStream in) throws IOException {
    Properties properties = new Properties();
    properties.load(in);
    return properties.getProperty("jdk.flags").trim();
  }

  private static List<String> classes(JarFile archive) {
    return archive.stream().map(JarEntry::getName)
        .filter(n -> n.startsWith(PACKAGE) && n.endsWith(".class") && !n.contains("$"))
        .map(n -> n.substring(PACKAGE.length(), n.length() - ".class".length())).sorted().toList();
  }
}
