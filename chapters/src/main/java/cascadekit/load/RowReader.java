package cascadekit.load;

import cascadekit.data.QuarantinedRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/** Reads one record against the schema: a typed row, or the first reason to quarantine it. */
final class RowReader {
  private final Schema schema;
  private final Map<String, Integer> positions;
  private final int width;
  private final ValueParser parser;

  RowReader(Schema schema, Map<String, Integer> positions, int width) {
    this.schema = schema;
    this.positions = positions;
    this.width = width;
    this.parser = new ValueParser(schema);
  }

  /** Returns the outcome of reading {@code record}, which starts on {@code line}. */
  Outcome read(long line, CSVRecord record, Dialect dialect) {
    if (record.size() != width) {
      String raw = String.join(String.valueOf(dialect.delimiter()), record.toList());
      return Outcome.quarantined(new QuarantinedRow(line, "", raw,
          "expected " + width + " fields, found " + record.size()));
    }
    Map<String, Object> values = new LinkedHashMap<>();
    List<CellRepair> repairs = new ArrayList<>();
    for (Column column : schema.columns()) {
      String raw = record.get(positions.get(column.name()));
      if (column.repairsMojibake()) {
        String repaired = Mojibake.repair(raw);
        if (!repaired.equals(raw)) {
          repairs.add(new CellRepair(line, column.name(), raw, repaired));
          raw = repaired;
        }
      }
      try {
        values.put(column.name(), parser.parse(column, raw));
      } catch (ValueParser.BadValue bad) {
        return Outcome.quarantined(new QuarantinedRow(line, column.name(), raw, bad.getMessage()));
      }
    }
    return new Outcome(new Row(line, values), null, repairs);
  }

  /**
   * A row read, or quarantined.
   *
   * @param row the typed row, null when quarantined
   * @param problem why the row was quarantined, null when kept
   * @param repairs the cells repaired on the way, for a kept row
   */
  record Outcome(Row row, QuarantinedRow problem, List<CellRepair> repairs) {
    static Outcome quarantined(QuarantinedRow problem) {
      return new Outcome(null, problem, List.of());
    }
  }
}
