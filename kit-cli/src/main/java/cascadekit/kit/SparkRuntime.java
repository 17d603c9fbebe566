package cascadekit.kit;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

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
    try (InputStream properties = SparkRuntime.class.getClassLoader().getResourceAsStream(ScaleBuild.BUILD_PROPERTIES)) {
      if (properties != null) {
        return new SparkRuntime(own, ScaleBuild.flags(properties));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the scale module's build properties for " + exercise.id(), e);
    }
    ScaleBuild build = ScaleBuild.of(project, exercise.id());
    // Spark's class path first: its Jackson line must win over the kit's.
    return new SparkRuntime(build.jar() + File.pathSeparator + build.classpath() + File.pathSeparator + own, build.flags());
  }
}
