package cascadekit.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/** One run of DuckDB's {@code SUMMARIZE} over a CSV file, in its own JVM; prints an {@link EngineResult}. */
public final class DuckDbSummarizeRun {
  private DuckDbSummarizeRun() {}

  /** Summarizes the file named by the first argument, reading "" and "NA" as missing. */
  public static void main(String[] args) throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement()) {
      long start = System.nanoTime();
      Map<String, Long> distinct = new LinkedHashMap<>();
      try (ResultSet summary = statement.executeQuery("SUMMARIZE SELECT * FROM " + csv(args[0], false))) {
        while (summary.next()) {
          distinct.put(summary.getString("column_name"), summary.getLong("approx_unique"));
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      new EngineResult(seconds, PeakMemory.residentKib(), distinct).print(System.out);
    }
  }

  /** Returns DuckDB's {@code read_csv} of {@code file}, "" and "NA" missing, optionally every column as text. */
  static String csv(String file, boolean allText) {
    String quoted = "'" + file.replace("'", "''") + "'";
    return "read_csv(" + quoted + ", nullstr = ['', 'NA']" + (allText ? ", all_varchar = true)" : ")");
  }
}
