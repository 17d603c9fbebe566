package cascadekit.examples.ch03;

import cascadekit.check.ConstraintResult;
import cascadekit.check.ValidationResult;
import cascadekit.load.Loaded;
import cascadekit.load.QuarantinedRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * The defect kinds of clinic-visits' manifest that no finding of the health verdict flags a row
 * of, so the report can say what it does not see. A row is flagged when a failed rule on the
 * defect's column names it, or when it was quarantined and the loader quarantined rows for that
 * column.
 *
 * @param missing the missing-value kinds, each under the threshold's radar, e.g. {@code missing_na (40 rows in 5 columns)}
 * @param unseen the other kinds, e.g. {@code date_format in visit_date (90 rows)}
 */
record Unflagged(List<String> missing, List<String> unseen) {
  /** Returns the kinds of {@code manifest} the verdict's {@code rules} on {@code visits} and its quarantine do not flag. */
  static Unflagged of(Table manifest, Loaded visits, ValidationResult rules) {
    Map<String, Set<String>> flaggedByColumn = new HashMap<>();
    for (ConstraintResult failed : rules.failures()) {
      flaggedByColumn.computeIfAbsent(HealthVerdict.column(failed), c -> new HashSet<>()).addAll(failed.failingIds());
    }
    Set<String> kept = new HashSet<>(visits.table().stringColumn("visit_id").asList());
    Set<String> quarantinedColumns = visits.result().quarantined().stream().map(QuarantinedRow::column).collect(Collectors.toSet());
    Map<String, Integer> rows = new LinkedHashMap<>();
    Set<String> flaggedKinds = new HashSet<>();
    for (Row entry : manifest) {
      String defect = entry.getString("defect");
      String column = entry.getString("column");
      String id = entry.getString("row_id");
      rows.merge(defect + "|" + column, 1, Integer::sum);
      if (flaggedByColumn.getOrDefault(column, Set.of()).contains(id) || !kept.contains(id) && quarantinedColumns.contains(column)) {
        flaggedKinds.add(defect + "|" + column);
      }
    }
    Map<String, List<String>> unflagged = new LinkedHashMap<>();
    rows.keySet().stream().filter(kind -> !flaggedKinds.contains(kind))
        .forEach(kind -> unflagged.computeIfAbsent(kind.substring(0, kind.indexOf('|')), d -> new ArrayList<>()).add(kind));
    Map<Boolean, List<String>> byMissing = unflagged.entrySet().stream().collect(Collectors.partitioningBy(
        e -> e.getKey().startsWith("missing_"), Collectors.mapping(e -> described(e.getKey(), e.getValue(), rows), Collectors.toList())));
    return new Unflagged(byMissing.get(true), byMissing.get(false));
  }

  private static String described(String defect, List<String> kinds, Map<String, Integer> rows) {
    int count = kinds.stream().mapToInt(rows::get).sum();
    List<String> columns = kinds.stream().map(k -> k.substring(k.indexOf('|') + 1)).filter(c -> !c.isEmpty()).sorted().toList();
    return defect + (columns.isEmpty() ? "" : " in " + String.join(", ", columns)) + " (" + count + " rows)";
  }
}
