package cascadekit.monitoring;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns each month's findings into alerts: a finding alerts in the first month it appears, and
 * stays quiet while it persists. A problem that goes away and comes back alerts again.
 *
 * <p>One alert per problem is what keeps a monitor read: a temperature sensor that stays 3 degrees
 * high for six months is one thing to fix, not six pages at night.
 */
public final class AlertLog {
  private List<Finding> active = List.of();
  private final List<Finding> alerts = new ArrayList<>();

  /** Returns the findings of this month that were not active the month before, and logs them. */
  public List<Finding> record(List<Finding> findings) {
    List<Finding> fresh =
        findings.stream().filter(f -> active.stream().noneMatch(f::sameProblem)).toList();
    alerts.addAll(fresh);
    active = List.copyOf(findings);
    return fresh;
  }

  /** Returns every alert so far, in order. */
  public List<Finding> alerts() {
    return List.copyOf(alerts);
  }
}
