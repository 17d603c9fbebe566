package cascadekit.split;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * A leakage audit of one split: given the training and test tables, the roles of their columns
 * and, optionally, the statistics a preprocessing step fitted, it reports every check with its
 * value, its rule and the rows or column at fault. The checks: exact and near-duplicate rows
 * across the sides; shared ids and groups; test rows earlier than the last training row; each
 * feature's predictive power on its own, and any in an id, group or time; fitted statistics that
 * saw the test rows. Thresholds are deepchecks' defaults ({@link LeakageThresholds#DEFAULT}).
 *
 * <pre>{@code
 * LeakageReport report = LeakageAudit.of(roles).audit(train, test);
 * report.broken();   // the findings that broke their rule
 * }</pre>
 */
public final class LeakageAudit {
  private final ColumnRoles roles;
  private final LeakageThresholds limits;

  private LeakageAudit(ColumnRoles roles, LeakageThresholds limits) {
    this.roles = roles;
    this.limits = limits;
  }

  /** Returns an audit with deepchecks' default thresholds. */
  public static LeakageAudit of(ColumnRoles roles) {
    return new LeakageAudit(roles, LeakageThresholds.DEFAULT);
  }

  /** Returns an audit with other thresholds. */
  public static LeakageAudit of(ColumnRoles roles, LeakageThresholds limits) {
    return new LeakageAudit(roles, limits);
  }

  /** Returns the findings on {@code train} and {@code test}, with no preprocessing to check. */
  public LeakageReport audit(Table train, Table test) {
    return audit(train, test, List.of());
  }

  /** Returns the findings on {@code train} and {@code test}, checking the {@code fitted} statistics too. */
  public LeakageReport audit(Table train, Table test, List<FittedStatistic> fitted) {
    roles.requireColumns(train, "training");
    roles.requireColumns(test, "test");
    if (train.rowCount() == 0 || test.rowCount() == 0) {
      throw new IllegalArgumentException(
          "both sides need rows: training has " + train.rowCount() + ", test " + test.rowCount());
    }
    List<LeakageFinding> findings = new ArrayList<>(DuplicateRows.check(train, test, roles, limits));
    findings.addAll(SideOverlap.check(train, test, roles, limits));
    findings.addAll(PowerCheck.check(train, test, roles, limits));
    findings.addAll(PreprocessingCheck.check(train, test, fitted, limits));
    return new LeakageReport(findings);
  }
}
