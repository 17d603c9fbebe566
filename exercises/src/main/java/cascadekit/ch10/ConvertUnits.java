package cascadekit.ch10;

import tech.tablesaw.api.Table;

/**
 * Exercise 10.convert-units: every area in hectares, every yield in kilograms.
 *
 * <p>Most enumerators wrote a plot's area in hectares and its harvest in kilograms; some wrote
 * acres ({@code area_unit} says {@code acre}) and 90 kg bags of grain ({@code yield_unit} says
 * {@code bag}). {@code CropSurvey.ACRES_PER_HA} and {@code CropSurvey.KG_PER_BAG} hold the
 * factors. The visits come as {@code LoadVisits} gives them (numbers in {@code DoubleColumn}s;
 * the test gives you each season, every row). Use the toolbox ({@code cascadekit.clean.Units});
 * the rounding is yours.
 *
 * <p>Task 1. Convert every area written in acres to hectares, and say {@code ha} in its {@code
 * area_unit}; change no other row, drop none. Graded: the mean absolute error of the converted
 * cells against the truth below 0.01 ha (the reference: 0.000 ha rounded to 2 decimals, 0.001
 * unrounded; left in acres: 1.26 ha; multiplied instead of divided: 4.39 ha), the other cells
 * unchanged, {@code area_unit} all {@code ha}.
 * <pre>{@code
 * 2.45 acre   // => 0.99 ha
 * }</pre>
 *
 * <p>Task 2. The same for yields written in bags: kilograms, and {@code kg} in {@code yield_unit}.
 * Graded: mean absolute error below 10 kg (the reference: 2.4 kg, since bags are written to one
 * decimal; 50 kg bags: 1,134 kg), the other cells unchanged, {@code yield_unit} all {@code kg}.
 * <pre>{@code
 * 18.9 bag   // => 1701 kg (the truth: 1700)
 * }</pre>
 */
public final class ConvertUnits {
  private ConvertUnits() {}

  /** Returns a copy of {@code visits} with areas in hectares and yields in kilograms. */
  public static Table toCanonical(Table visits) {
    // TODO: tasks 1-2: convert the rows in the other unit, and their unit cells.
    throw new UnsupportedOperationException(
        "10.convert-units: ConvertUnits.toCanonical is not written yet; do task 1, then ./kit check 10.convert-units");
  }
}
