package cascadekit.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads one record against the schema: a typed row, or the first reason to quarantine it. */
final class RowReader {
  private final Schema schema;
  private final Map<String, Integer> positions;
  private final Dialect dialect;
  private final ValueParser parser;

  RowReader(Schema schema, Map<String, Integer> positions, Dialect dialect) {
    this.schema = schema;
    this.positions = positions;
    this.dialect = dialect;
    this.parser = new ValueParser(schema);
  }

  /** Returns the outcome of reading {@code record}. */
  Outcome read(CsvRow record) {
    long line = record.line();
    if (!record.isComplete()) {
      return Outcome.quarantined(new QuarantinedRow(line, "", record.raw(dialect.delimiter()), record.raggedReason()));
    }
    Map<String, Object> values = new LinkedHashMap<>();
    List<CellRepair> repairs = new ArrayList<>();
    for (Column column : schema.columns()) {
      String raw = record.values().get(positions.get(column.name()));
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
