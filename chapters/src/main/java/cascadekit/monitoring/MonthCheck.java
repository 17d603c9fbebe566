package cascadekit.monitoring;

import cascadekit.monitoring.VolumeMonitor.VolumeCheck;
import java.util.List;

/**
 * What the monitor made of one batch.
 *
 * @param scores every score against the reference
 * @param volume the row count's check against earlier batches
 * @param findings the problems seen in this batch, persisting or new
 * @param alerts the findings new this month: the ones that page someone
 */
public record MonthCheck(MonthScores scores, VolumeCheck volume, List<Finding> findings, List<Finding> alerts) {
  /** Returns {@code "!"} if {@code column} alerts this month, {@code "*"} if it is still flagged, else {@code " "}. */
  public String mark(String column) {
    if (alerts.stream().anyMatch(f -> f.column().equals(column))) {
      return "!";
    }
    return findings.stream().anyMatch(f -> f.column().equals(column)) ? "*" : " ";
  }
}
