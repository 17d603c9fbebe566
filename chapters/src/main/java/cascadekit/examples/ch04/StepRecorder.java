package cascadekit.examples.ch04;

import cascadekit.clean.AuditEntry;
import cascadekit.clean.AuditLog;
import cascadekit.clean.Cleaned;
import cascadekit.clean.DetectionScore;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import tech.tablesaw.api.Table;

/**
 * Runs the cleaning steps one after another: keeps the current table and the audit log, and
 * scores each step's changes against the defect manifest.
 */
final class StepRecorder {
  private final DefectManifest manifest;
  private final List<StepReport> reports = new ArrayList<>();
  private Table table;
  private AuditLog log = AuditLog.empty();

  StepRecorder(Table table, DefectManifest manifest) {
    this.table = table;
    this.manifest = manifest;
  }

  /** Returns the table after the last step. */
  Table table() {
    return table;
  }

  /** Returns the audit log of every step so far. */
  AuditLog log() {
    return log;
  }

  /** Returns one report per step, in order. */
  List<StepReport> reports() {
    return List.copyOf(reports);
  }

  /**
   * Takes {@code step}'s table and changes, and scores its changes to {@code columns} (empty for
   * whole rows) against the manifest's {@code defects} in those columns.
   */
  void record(String label, Cleaned step, Set<String> columns, Set<String> defects) {
    Set<String> touched = step.changes().stream()
        .filter(c -> !c.rowId().equals(AuditEntry.ALL_ROWS) && columns.contains(c.column()))
        .map(c -> DefectManifest.key(c.rowId(), c.column()))
        .collect(Collectors.toSet());
    DetectionScore score = DetectionScore.of(touched, manifest.cells(defects, columns));
    String rule = step.changes().isEmpty() ? "" : step.changes().get(0).rule();
    reports.add(new StepReport(label, rule, step.rowsTouched(), score, Set.copyOf(columns), Set.copyOf(defects)));
    table = step.table();
    log = log.with(step);
  }

  /**
   * One step's line of the report.
   *
   * @param label what the step does
   * @param rule its rule name in the audit log
   * @param rowsTouched the rows it changed or removed
   * @param score its changes against the manifest
   * @param columns the columns it was scored on ({@code ""} for whole rows)
   * @param defects the manifest's defects it was scored against
   */
  record StepReport(String label, String rule, long rowsTouched, DetectionScore score, Set<String> columns,
      Set<String> defects) {}
}
