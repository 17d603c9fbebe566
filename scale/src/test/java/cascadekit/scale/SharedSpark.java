package cascadekit.scale;

import org.apache.spark.sql.SparkSession;

/** One local Spark for every test of a run: starting one costs seconds. */
final class SharedSpark {
  private static SparkSession spark;

  private SharedSpark() {}

  /** Returns the session, started on first use with every core. */
  static synchronized SparkSession get() {
    if (spark == null) {
      spark = LocalSpark.start("local[*]");
    }
    return spark;
  }
}
