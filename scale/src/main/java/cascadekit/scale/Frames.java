package cascadekit.scale;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Tablesaw tables as Spark DataFrames with an explicit schema: the rows the kit's strict loader
 * kept, typed as it typed them, missing cells as nulls. The kit's loader quarantines a ragged or
 * mistyped row with its line; Spark's CSV reader would pad it with nulls or null the bad cell
 * silently, so both sides see the same rows only if the kit loads them.
 *
 * <pre>{@code
 * Dataset<Row> visits = Frames.of(spark, Datasets.clinicVisits().table());
 * }</pre>
 */
public final class Frames {
  private Frames() {}

  /** Returns {@code table} as a DataFrame: text as strings, integers, doubles, dates and booleans as such. */
  public static Dataset<Row> of(SparkSession spark, Table table) {
    List<StructField> fields = new ArrayList<>();
    for (Column<?> column : table.columns()) {
      fields.add(DataTypes.createStructField(column.name(), sparkType(column.type()), true));
    }
    List<Row> rows = new ArrayList<>(table.rowCount());
    for (int r = 0; r < table.rowCount(); r++) {
      Object[] cells = new Object[table.columnCount()];
      for (int c = 0; c < cells.length; c++) {
        Column<?> column = table.column(c);
        Object value = column.isMissing(r) ? null : column.get(r);
        cells[c] = value instanceof java.time.LocalDate day ? Date.valueOf(day) : value;
      }
      rows.add(RowFactory.create(cells));
    }
    return spark.createDataFrame(rows, DataTypes.createStructType(fields));
  }

  /** Returns a schema of {@code columns}, every one a nullable string: the cells as text, for the profiler. */
  public static StructType text(List<String> columns) {
    return DataTypes.createStructType(columns.stream()
        .map(name -> DataTypes.createStructField(name, DataTypes.StringType, true)).toList());
  }

  private static DataType sparkType(ColumnType type) {
    if (type == ColumnType.INTEGER) {
      return DataTypes.IntegerType;
    }
    if (type == ColumnType.LONG) {
      return DataTypes.LongType;
    }
    if (type == ColumnType.DOUBLE) {
      return DataTypes.DoubleType;
    }
    if (type == ColumnType.LOCAL_DATE) {
      return DataTypes.DateType;
    }
    if (type == ColumnType.BOOLEAN) {
      return DataTypes.BooleanType;
    }
    if (type == ColumnType.STRING) {
      return DataTypes.StringType;
    }
    throw new ScaleException("column type " + type.name() + " has no Spark type in the kit; convert it to text, a number or a date first");
  }
}
