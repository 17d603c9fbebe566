package cascadekit.examples.ch04;

import cascadekit.clean.CategoryMap;
import cascadekit.clean.Units;
import cascadekit.data.ClinicVisits;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.selection.Selection;

/** What the clinic's domain says about its data: the categories that exist and the body sizes people have. */
final class ClinicRules {
  /** Sex, written any way, as F or M. */
  static final CategoryMap SEX = CategoryMap.of("F", "M").alias("female", "F").alias("male", "M");

  /** The diagnosis codes the clinics use (ICD-10), written with or without the dot, in any case. */
  static final CategoryMap DIAGNOSIS =
      CategoryMap.of("J06.9", "I10", "E11.9", "M54.5", "K21.9", "Z00.0", "F41.1", "J45.9");

  /** The six clinics, written in any case, with stray spaces. */
  static final CategoryMap CLINIC = CategoryMap.of(ClinicVisits.CLINICS.toArray(new String[0]));

  /** The highest body-mass index (kg/m²) taken as measured; above it a weight is suspect. */
  static final double MAX_BMI = 40;

  /** The oldest age taken as possible, in years. */
  static final int MAX_AGE = 120;

  private ClinicRules() {}

  /** Returns the rows whose height is in metres: no adult is under 3 cm tall, every adult is under 3 m. */
  static Selection heightInMetres(Table visits) {
    return visits.numberColumn("height_cm").isLessThan(3);
  }

  /**
   * Returns the rows whose weight is in pounds: as kilograms it gives a body-mass index above 40,
   * and converted from pounds one of 40 or below. A slipped decimal point (x 10) fails the second
   * test; a row with no height cannot be judged and is left alone.
   */
  static Selection weightInPounds(Table visits) {
    DoubleColumn metres = visits.numberColumn("height_cm").divide(100);
    DoubleColumn bmi = visits.numberColumn("weight_kg").divide(metres.power(2));
    return bmi.isGreaterThan(MAX_BMI).and(bmi.divide(Units.POUNDS_PER_KG).isLessThanOrEqualTo(MAX_BMI));
  }
}
