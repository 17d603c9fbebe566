package cascadekit.examples.ch10;

import cascadekit.split.ColumnRoles;
import cascadekit.split.GroupSplit;
import cascadekit.split.LeakageAudit;
import cascadekit.split.LeakageFinding;
import cascadekit.split.LeakageReport;
import cascadekit.split.LeakageThresholds;
import cascadekit.split.TrainTest;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * The split stage's audit: the split by plot audited with every candidate feature, the features
 * that predict the label on their own dropped, and the split audited again without them.
 *
 * @param before the audit with every candidate feature
 * @param dropped the features found leaking
 * @param after the audit once they are dropped
 */
record LeakCheck(LeakageReport before, List<String> dropped, LeakageReport after) {
  static final String LEAK = "treatment_after_diagnosis";

  /**
   * The audit's rules: deepchecks' defaults but for the power a feature may have on its own, 0.3
   * rather than 0.7. A 0.7 suits a leak that predicts nearly perfectly; a leak that matches the
   * label on most rows over four unequal classes scores lower, and no honest feature comes near 0.3.
   */
  static final LeakageThresholds RULES = new LeakageThresholds(0.05, 0, 0, 0, 0, 0.3, 0.2, 0.01, 1e-9);

  /** The columns a model might learn from, before the audit. */
  static final List<String> CANDIDATES =
      List.of("area", "yield", "fertiliser_kg", "rainfall_mm", "seed_variety", "irrigated", LEAK);

  /** Returns the audit of {@code labelled} split by plot. */
  static LeakCheck of(Table labelled) {
    TrainTest split = GroupSplit.of(labelled, "plot_id", Training.TEST_SHARE, Training.SEED);
    LeakageReport before = LeakageAudit.of(roles(CANDIDATES), RULES).audit(split.train(), split.test());
    List<String> dropped = before.broken().stream()
        .filter(f -> f.kind().equals("feature_power")).map(LeakageFinding::subject).toList();
    TrainTest kept = Training.honest(labelled, dropped);
    List<String> features = CANDIDATES.stream().filter(c -> !dropped.contains(c)).toList();
    return new LeakCheck(before, dropped, LeakageAudit.of(roles(features), RULES).audit(kept.train(), kept.test()));
  }

  /** Returns the roles of the visits' columns to a leakage audit of {@code features}. */
  static ColumnRoles roles(List<String> features) {
    return ColumnRoles.of("label", features).withId("visit_id").withGroup("plot_id");
  }
}
