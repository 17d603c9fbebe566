package cascadekit.data;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One row of {@code sensor-batches}: a machine's reading and whether it failed.
 *
 * @param line the 1-based line of the file the row was read from
 * @param timestamp when the reading was logged (no zone)
 * @param productionLine the production line, {@code A} to {@code C} (later {@code D})
 * @param temperatureC temperature in degrees Celsius
 * @param vibrationMmS vibration velocity in mm/s
 * @param pressureKpa pressure in kPa
 * @param humidityPct relative humidity, in percent in training (a fraction in serving logs)
 * @param failure 1 when the machine failed, else 0
 */
public record SensorReading(
    long line,
    LocalDateTime timestamp,
    String productionLine,
    double temperatureC,
    double vibrationMmS,
    double pressureKpa,
    double humidityPct,
    int failure) {

  /** The numeric columns, in the order of {@link #numeric(int)}. */
  public static final List<String> NUMERIC =
      List.of("temperature_c", "vibration_mm_s", "pressure_kpa", "humidity_pct");

  /** The categorical column. */
  public static final String CATEGORY = "line";

  /** Returns the numeric column {@code i} of {@link #NUMERIC}. */
  public double numeric(int i) {
    return switch (i) {
      case 0 -> temperatureC;
      case 1 -> vibrationMmS;
      case 2 -> pressureKpa;
      case 3 -> humidityPct;
      default -> throw new IndexOutOfBoundsException("no numeric column " + i);
    };
  }

  /** Returns the four numeric readings, in the order of {@link #NUMERIC}: a model's features. */
  public double[] features() {
    return new double[] {temperatureC, vibrationMmS, pressureKpa, humidityPct};
  }
}
