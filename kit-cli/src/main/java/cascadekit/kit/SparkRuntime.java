package cascadekit.kit;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;

/**
 * The class path and JDK flags chapter 11's exercises compile and run with: the scale module's,
 * which only {@code -Pspark} builds. In the scale module's own build (its integrity gate) Spark is
 * already on this JVM's class path; from {@code ./kit check} it is read from {@code scale/target}.
 *
 * @param classpath the class path to compile against and to start the test worker on
 * @param flags the {@code --add-opens} flags Spark needs on Java 17
 */
record SparkRuntime(String classpath, List<String> flags) {
  /** The index's {@code profile} value of an exercise that runs on Spark. */
  static final String PROFILE = "spark";

  /** The module folder whose exercise folders hold the exercises on Spark. */
  static final String MODULE = "scale/";

  /** Returns the runtime for {@code exercise}, or fails with the build command when the Spark build is missing. */
  static SparkRuntime of(Project project, Exercise exercise) {
    String own = System.getProperty("java.class.path");
    try (InputStream properties = SparkRuntime.class.getClassLoader().getResourceAsStream(ScaleLaunch.BUILD_PROPERTIES)) {
      if (properties != null) {
        return new SparkRuntime(own, split(ScaleLaunch.flags(properties)));
      }
      Path target = project.file("scale/target");
      Path jar = ScaleLaunch.jar(target);
      Path classpath = target.resolve("scale.classpath");
      if (jar == null || !Files.isRegularFile(classpath)) {
        throw new KitException(exercise.id() + " runs on Spark, which the default build leaves out (about 250 MB): build it first: "
            + ScaleLaunch.BUILD);
      }
      try (JarFile archive = new JarFile(jar.toFile())) {
        // Spark's class path first: its Jackson line must win over the kit's.
        String path = jar + File.pathSeparator + Files.readString(classpath).trim() + File.pathSeparator + own;
        return new SparkRuntime(path, split(ScaleLaunch.flags(archive)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the scale module's build for " + exercise.id(), e);
    }
  }

  private static List<String> split(String flags) {
    return List.of(flags.split("\\s+"));
  }
}
