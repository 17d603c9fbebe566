package cascadekit.scale;

/**
 * The Spark version the kit is built and tested with, against the one on the class path: Deequ
 * reaches into Spark's internals, so another version fails with a Scala linkage error long after
 * start; {@link #require(String)} says so at start, in one line.
 */
public final class SparkVersion {
  private SparkVersion() {}

  /** Returns the pinned version, e.g. {@code 3.5.9}. */
  public static String pinned() {
    return BuildInfo.sparkVersion();
  }

  /** Returns the version of the Spark on the class path. */
  public static String running() {
    return org.apache.spark.package$.MODULE$.SPARK_VERSION();
  }

  /** Fails with a one-line {@link ScaleException} naming the version to use unless {@code running} is the pinned one. */
  static void require(String running) {
    if (!pinned().equals(running)) {
      throw new ScaleException("Spark " + running + " is on the class path, but the kit and Deequ "
          + "2.0.7-spark-3.5 are pinned to Spark " + pinned() + ": use org.apache.spark:spark-sql_2.12:" + pinned());
    }
  }
}
