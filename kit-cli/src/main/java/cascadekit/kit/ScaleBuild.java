package cascadekit.kit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * What {@code -Pspark} leaves in {@code scale/target}: the module's jar, the class path its build
 * wrote beside it, and the JDK flags it wrote into the jar. Chapter 11's example and exercises
 * both start from it.
 *
 * @param jar the scale module's jar
 * @param classpath Spark's class path, as the build wrote it
 * @param flags the {@code --add-opens} flags Spark needs on Java 17
 */
record ScaleBuild(Path jar, String classpath, List<String> flags) {
  /** The command that makes the build. */
  static final String BUILD = "./mvnw -B -Pspark install -DskipTests";
  /** The scale module's build properties inside its jar: the JDK flags Spark needs. */
  static final String BUILD_PROPERTIES = "cascadekit/scale/build.properties";

  /** Returns the build in {@code project}, or fails naming {@code what} and the build command when it is missing. */
  static ScaleBuild of(Project project, String what) {
    Path target = project.file("scale/target");
    Path classpath = target.resolve("scale.classpath");
    Path jar = jar(target);
    if (jar == null || !Files.isRegularFile(classpath)) {
      throw new KitException(what + " runs on Spark, which the default build leaves out (about 250 MB): build it first: " + BUILD);
    }
    try (JarFile archive = new JarFile(jar.toFile())) {
      JarEntry entry = archive.getJarEntry(BUILD_PROPERTIES);
      if (entry == null) {
        throw new KitException("the scale module's jar has no build.properties: rebuild it with " + BUILD);
      }
      try (InputStream in = archive.getInputStream(entry)) {
        return new ScaleBuild(jar, Files.readString(classpath).trim(), flags(in));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the scale module's build in " + target, e);
    }
  }

  /** Returns the {@code jdk.flags} of the build properties read from {@code in}, one flag an element. */
  static List<String> flags(InputStream in) throws IOException {
    Properties properties = new Properties();
    properties.load(in);
    return List.of(properties.getProperty("jdk.flags").trim().split("\\s+"));
  }

  private static Path jar(Path target) {
    if (!Files.isDirectory(target)) {
      return null;
    }
    try (Stream<Path> files = Files.list(target)) {
      return files.filter(f -> f.getFileName().toString().matches("scale-.*(?<!-sources|-tests)\\.jar")).findFirst().orElse(null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
