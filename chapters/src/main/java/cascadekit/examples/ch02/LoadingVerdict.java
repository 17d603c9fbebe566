package cascadekit.examples.ch02;

import cascadekit.check.Level;
import cascadekit.load.CellRepair;
import cascadekit.load.Loaded;
import cascadekit.load.QuarantinedRow;
import cascadekit.report.HtmlReport;
import cascadekit.report.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The loading report's verdict: rows the schema quarantined are errors (they are not in the
 * table), one finding per column and reason; cells the loader repaired are a warning (someone
 * should look); a broken file the loader refused is an error, one that lost rows a warning.
 */
final class LoadingVerdict {
  static final String QUARANTINED = HtmlReport.anchor(LoadingPage.QUARANTINED);
  static final String REPAIRED = HtmlReport.anchor(LoadingPage.REPAIRED);

  private LoadingVerdict() {}

  /** Returns the findings on {@code visits} and on the broken files. */
  static List<Verdict.Item> of(Loaded visits, BrokenFilesSection broken) {
    List<Verdict.Item> items = new ArrayList<>();
    long read = visits.result().rowsRead();
    byKey(visits.result().quarantined(), q -> q.column() + "\t" + q.reason()).forEach((key, rows) -> {
      String[] columnAndReason = key.split("\t", 2);
      items.add(new Verdict.Item(Level.ERROR, columnAndReason[0].isEmpty() ? "(whole row)" : columnAndReason[0],
          "rows quarantined: " + columnAndReason[1], String.format(Locale.ROOT, "%d of %d rows read (%.1f%%)", rows.size(),
              read, 100.0 * rows.size() / read), lines(rows.stream().map(QuarantinedRow::line).toList()), QUARANTINED));
    });
    List<CellRepair> repairs = visits.repairs();
    if (!repairs.isEmpty()) {
      Map<String, List<CellRepair>> byColumn = byKey(repairs, CellRepair::column);
      items.add(new Verdict.Item(Level.WARN, String.join(", ", byColumn.keySet()), "mojibake repaired by the loader (UTF-8"
          + " read as windows-1252); check the repairs", repairs.size() + " cells " + byColumn.entrySet().stream()
          .map(e -> e.getValue().size() + " in " + e.getKey()).collect(Collectors.joining(", ", "(", ")")),
          lines(repairs.stream().map(CellRepair::line).toList()), REPAIRED));
    }
    items.addAll(broken.findings());
    return items;
  }

  /** Returns "lines 74, 188, …" for the first five of {@code lines}. */
  static String lines(List<Long> lines) {
    return "lines " + lines.stream().limit(5).map(String::valueOf).collect(Collectors.joining(", "))
        + (lines.size() > 5 ? ", …" : "");
  }

  private static <T> Map<String, List<T>> byKey(List<T> rows, Function<T, String> key) {
    return rows.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
  }
}
