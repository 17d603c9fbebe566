package cascadekit.monitoring;

import cascadekit.data.SensorReading;
import cascadekit.monitoring.VolumeMonitor.VolumeCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The rules that turn one month's scores into findings, one per column at most. */
final class FindingRules {
  private FindingRules() {}

  /** Returns the findings of {@code scores} and {@code volume} under {@code t}. */
  static List<Finding> of(MonthScores scores, VolumeCheck volume, Thresholds t) {
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < SensorReading.NUMERIC.size(); i++) {
      NumericDrift d = scores.numeric().get(i);
      String column = SensorReading.NUMERIC.get(i);
      if (d.lInfinity() >= t.skew()) {
        findings.add(finding(scores, column, "training_serving_skew", "L-inf %.3f >= %.2f", d.lInfinity(), t.skew()));
      } else if (d.psi() >= t.psi()) {
        boolean shifted = Math.abs(d.meanShift()) >= t.meanShift();
        findings.add(finding(scores, column, shifted ? "mean_shift" : "variance_change",
            "PSI %.3f >= %.2f, mean %+.2f sd, sd x%.2f", d.psi(), t.psi(), d.meanShift(), d.sdRatio()));
      }
    }
    CategoryDrift line = scores.line();
    if (line.lInfinity() >= t.skew()) {
      findings.add(finding(scores, SensorReading.CATEGORY, "training_serving_skew", "L-inf %.3f", line.lInfinity()));
    } else if (line.jensenShannon() >= t.jensenShannon()) {
      String defect = line.newCategories().isEmpty() ? "category_shift" : "new_category";
      findings.add(finding(scores, SensorReading.CATEGORY, defect, "JS %.3f >= %.2f, new %s",
          line.jensenShannon(), t.jensenShannon(), line.newCategories()));
    }
    double repeated = (double) scores.repeatedTimestamps() / scores.rows();
    if (repeated > t.repeatedShare() || scores.lag().compareTo(t.maxLag()) > 0) {
      findings.add(finding(scores, "timestamp", "stale_timestamps", "%d of %d repeat, newest %d h before close",
          scores.repeatedTimestamps(), scores.rows(), scores.lag().toHours()));
    }
    if (volume.anomaly()) {
      findings.add(finding(scores, "", volume.count() < volume.low() ? "volume_drop" : "volume_spike",
          "%d rows, expected %.0f to %.0f", volume.count(), volume.low(), volume.high()));
    }
    return findings;
  }

  private static Finding finding(MonthScores scores, String column, String defect, String format, Object... args) {
    return new Finding(scores.month(), column, defect, String.format(Locale.ROOT, format, args));
  }
}
