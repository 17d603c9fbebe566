package cascadekit.scale;

import org.apache.spark.sql.SparkSession;

/**
 * Starts Spark on this machine for the kit: the JDK flags and the Spark version checked first,
 * the web UI off, 4 shuffle partitions (Spark's 200 are meant for a cluster), dates in UTC and
 * Kryo, with room for 1 GB, to ship the kit's partial profiles between tasks.
 *
 * <pre>{@code
 * try (SparkSession spark = LocalSpark.start("local[2]")) {   // two worker threads
 *   Dataset<Row> visits = Frames.of(spark, table);
 * }
 * }</pre>
 */
public final class LocalSpark {
  private LocalSpark() {}

  /** Returns a session on {@code master}, {@code local[*]} (every core) or {@code local[N]}. */
  public static SparkSession start(String master) {
    JdkFlags.require();
    SparkVersion.require(SparkVersion.running());
    return SparkSession.builder()
        .master(master)
        .appName("cascade-kit")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.serializer", "org.apache.spark.serializer.KryoSerializer")
        .config("spark.kryo.registrator", KitKryo.class.getName())
        // A partial profile counts every distinct value exactly: a partition of 2 million ids ships tens of MB.
        .config("spark.kryoserializer.buffer.max", "1g")
        .getOrCreate();
  }
}
