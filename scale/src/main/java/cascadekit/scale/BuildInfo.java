package cascadekit.scale;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;

/** What the build wrote into {@code cascadekit/scale/build.properties}: the pinned Spark version and Spark's JVM flags. */
final class BuildInfo {
  private static final Properties PROPERTIES = load();

  private BuildInfo() {}

  /** Returns the Spark version the module is built and tested with. */
  static String sparkVersion() {
    return PROPERTIES.getProperty("spark.version");
  }

  /** Returns the {@code --add-opens} flags, one element per flag and its value. */
  static List<String> jdkFlags() {
    return List.of(PROPERTIES.getProperty("jdk.flags").trim().split("\\s+"));
  }

  private static Properties load() {
    try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
      Properties properties = new Properties();
      properties.load(in);
      return properties;
    } catch (IOException | NullPointerException e) {
      throw new UncheckedIOException("cannot read cascadekit/scale/build.properties: rebuild the scale module",
          e instanceof IOException io ? io : new IOException(e));
    }
  }
}
