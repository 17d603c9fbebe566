package cascadekit.examples.ch08;

import cascadekit.data.SensorReading;
import cascadekit.monitoring.MonthCheck;
import cascadekit.monitoring.MonthScores;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The month x column table of drift scores, shared by the console and the HTML report. Each cell
 * is a score followed by a mark: {@code !} a new alert, {@code *} a finding still open.
 */
final class DriftTable {
  /** The columns after the month, in order. */
  static final List<String> COLUMNS = columns();

  /** What each column's score is. */
  static final List<String> SCORES = List.of("rows", "PSI", "PSI", "PSI", "PSI", "JS dist.", "repeats");

  private DriftTable() {}

  /** Returns one row of cells for {@code check}, the month first. */
  static List<String> row(MonthCheck check) {
    MonthScores s = check.scores();
    List<String> cells = new ArrayList<>();
    cells.add(s.month().toString());
    cells.add(s.rows() + check.mark(""));
    for (int i = 0; i < SensorReading.NUMERIC.size(); i++) {
      cells.add(f("%.3f", s.numeric().get(i).psi()) + check.mark(SensorReading.NUMERIC.get(i)));
    }
    cells.add(f("%.3f", s.line().jensenShannon()) + check.mark(SensorReading.CATEGORY));
    cells.add(s.repeatedTimestamps() + check.mark("timestamp"));
    return cells;
  }

  private static List<String> columns() {
    List<String> columns = new ArrayList<>(List.of("volume"));
    columns.addAll(SensorReading.NUMERIC);
    columns.add(SensorReading.CATEGORY);
    columns.add("timestamp");
    return List.copyOf(columns);
  }

  private static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
