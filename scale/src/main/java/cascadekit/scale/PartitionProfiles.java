package cascadekit.scale;

import cascadekit.load.CsvReader;
import cascadekit.load.CsvRow;
import cascadekit.load.Dialect;
import cascadekit.load.Header;
import cascadekit.profile.ColumnProfile;
import cascadekit.profile.Profiler;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/**
 * Chapter 03's column profiles on Spark: each partition streams its rows into the kit's own
 * {@link Profiler}, the partial states travel to the driver (Kryo), and the kit's
 * {@link Profiler#merge} folds them into the profile of the whole, as if one JVM had read every
 * row. Counts, missing cells, extremes, distinct values, quantiles and histograms come out the
 * same as a single pass; mean and standard deviation too, up to the last bits of their floating
 * sums, which Chan's merge adds in another order.
 *
 * <pre>{@code
 * Dataset<Row> cells = spark.read().schema(Frames.text(columns)).option("header", true).csv(file);
 * List<ColumnProfile> profiles = PartitionProfiles.of(cells.repartition(8), Set.of("", "NA"));
 * }</pre>
 */
public final class PartitionProfiles {
  private PartitionProfiles() {}

  /** Returns the merged profile of {@code cells}, every column text, {@code missingMarkers} (and null) missing. */
  public static List<ColumnProfile> of(Dataset<Row> cells, Set<String> missingMarkers) {
    return partials(cells, missingMarkers).stream().reduce(Profiler::merge)
        .orElseGet(() -> Profiler.of(List.of(cells.columns()), missingMarkers)).profiles();
  }

  /**
   * Returns the complete records of a UTF-8 CSV file with a header as a DataFrame of text cells, in
   * {@code partitions} partitions. The kit's reader reads them, so a ragged row is set aside as
   * {@link Profiler#read} sets it aside; Spark's reader would pad it with nulls and profile it.
   */
  public static Dataset<Row> cells(SparkSession spark, Path file, int partitions) {
    List<Row> rows = new ArrayList<>();
    List<String> header = new ArrayList<>();
    CsvReader.of(Dialect.csv()).forEach(file, new CsvReader.Handler() {
      @Override
      public void start(Header names) {
        header.addAll(names.names());
      }

      @Override
      public void accept(CsvRow row) {
        if (row.isComplete()) {
          rows.add(RowFactory.create(row.values().toArray()));
        }
      }
    });
    return spark.createDataFrame(rows, Frames.text(header)).repartition(partitions);
  }

  /** Returns one partial profiler per partition of {@code cells}, in partition order. */
  public static List<Profiler> partials(Dataset<Row> cells, Set<String> missingMarkers) {
    List<String> columns = List.of(cells.columns());
    Set<String> markers = Set.copyOf(missingMarkers);
    MapPartitionsFunction<Row, Profiler> profile = rows -> {
      Profiler profiler = Profiler.of(columns, markers);
      List<String> line = new ArrayList<>(columns.size());
      while (rows.hasNext()) {
        Row row = rows.next();
        line.clear();
        for (int i = 0; i < columns.size(); i++) {
          line.add(row.getString(i));
        }
        profiler.accept(line);
      }
      return List.of(profiler).iterator();
    };
    return cells.mapPartitions(profile, Encoders.kryo(Profiler.class)).collectAsList();
  }
}
