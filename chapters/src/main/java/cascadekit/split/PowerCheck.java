package cascadekit.split;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.Table;

/**
 * Target leakage by {@link SingleFeaturePower}: a feature whose power in training reaches
 * {@code maxTrainPower} predicts the label nearly perfectly (a column filled in after the outcome
 * does); a feature whose power differs between training and test by {@code maxPowerChange} or more
 * learned something that does not carry over; an id or time column (binned in order) or a group
 * column (one bin per group) with any power on the test rows predicts the label from who or when,
 * not from what (deepchecks' identifier-label correlation).
 */
final class PowerCheck {
  private PowerCheck() {}

  /** Returns one finding per feature, then one per identifier column. */
  static List<LeakageFinding> check(Table train, Table test, ColumnRoles roles, LeakageThresholds limits) {
    List<LeakageFinding> findings = new ArrayList<>();
    String rule = "power in training < " + LeakageThresholds.show(limits.maxTrainPower()) + " and |train - test| < "
        + LeakageThresholds.show(limits.maxPowerChange()) + ", deepchecks' feature-label correlation change";
    for (String feature : roles.features()) {
      SingleFeaturePower model = SingleFeaturePower.fit(train, feature, roles.label(), false);
      double inTrain = model.power(train);
      double inTest = model.power(test);
      boolean broken = inTrain >= limits.maxTrainPower() || Math.abs(inTrain - inTest) >= limits.maxPowerChange();
      String detail = String.format(Locale.ROOT, "power %.3f in training, %.3f in test", inTrain, inTest);
      findings.add(new LeakageFinding("feature_power", feature, inTrain, rule, broken, List.of(), detail));
    }
    for (String identifier : roles.identifiers()) {
      // an id or a time is ordered (a later id, a later date); a group is a set of names
      boolean ordered = !identifier.equals(roles.group());
      double inTest = SingleFeaturePower.fit(train, identifier, roles.label(), ordered).power(test);
      String detail = String.format(Locale.ROOT, "power %.3f on test rows", inTest);
      String idRule = "power of an identifier <= " + LeakageThresholds.show(limits.maxIdentifierPower())
          + ", deepchecks' identifier-label correlation";
      findings.add(new LeakageFinding(
          "identifier_power", identifier, inTest, idRule, inTest > limits.maxIdentifierPower(), List.of(), detail));
    }
    return findings;
  }
}
