package cascadekit.report;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * A report's section on the defects a dataset's manifest lists that the chapter's checks do not
 * look for, so a verdict never seems to have found them: one row per defect with its rows and
 * columns. A manifest has the columns {@code row_id, column, defect}.
 *
 * <pre>{@code
 * ManifestGaps.add(report, "What loading does not look for", "A schema checks types ...",
 *     manifest, (column, defect) -> defect.equals("mojibake"));
 * }</pre>
 */
public final class ManifestGaps {
  /** How the table names a defect of whole rows (an empty column). */
  public static final String WHOLE_ROW = "(whole row)";

  private ManifestGaps() {}

  /** Adds {@code heading}, {@code why} and the table of the manifest's defects that {@code found(column, defect)} rejects. */
  public static void add(HtmlReport report, String heading, String why, Table manifest, BiPredicate<String, String> found) {
    Map<String, Set<String>> columns = new TreeMap<>();
    Map<String, Long> rows = new TreeMap<>();
    for (Row row : manifest) {
      String defect = row.getString("defect");
      String column = row.getString("column");
      if (!found.test(column, defect)) {
        columns.computeIfAbsent(defect, d -> new TreeSet<>()).add(column.isEmpty() ? WHOLE_ROW : column);
        rows.merge(defect, 1L, Long::sum);
      }
    }
    report.heading(heading).paragraph(why);
    if (rows.isEmpty()) {
      report.paragraph("None: the checks look for every defect the manifest lists.");
      return;
    }
    report.table(List.of("defect in the manifest", "rows", "columns"), rows.entrySet().stream()
        .map(e -> List.of(e.getKey(), Long.toString(e.getValue()), String.join(", ", columns.get(e.getKey())))).toList());
  }
}
