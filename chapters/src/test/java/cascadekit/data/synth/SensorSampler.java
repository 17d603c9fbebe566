package cascadekit.data.synth;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws sensor readings for one batch. The failure label depends on the true temperature and
 * vibration; what is logged may differ from the truth once the month's drift has begun: the
 * temperature sensor reads 3 °C high, the vibration sensor's noise doubles the spread, and a new
 * production line D (which fails more often) starts up.
 */
final class SensorSampler {
  /** The file header, shared by the training file and every batch. */
  static final List<String> HEADER =
      List.of(
          "timestamp",
          "line",
          "temperature_c",
          "vibration_mm_s",
          "pressure_kpa",
          "humidity_pct",
          "failure");

  static final YearMonth TEMPERATURE_SHIFT = YearMonth.of(2023, 7);
  static final YearMonth VIBRATION_NOISE = YearMonth.of(2023, 9);
  static final YearMonth NEW_LINE = YearMonth.of(2023, 10);
  static final double TEMPERATURE_MEAN = 60.0;
  static final double TEMPERATURE_OFFSET = 3.0;
  static final double VIBRATION_SD = 0.8;
  static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

  private final Draw draw;

  SensorSampler(Draw draw) {
    this.draw = draw;
  }

  /**
   * Returns {@code n} rows from {@code start} over {@code seconds}, one second apart at least, in
   * time order; serving rows (not training) log humidity as a fraction and carry the drift due by
   * {@code month}.
   */
  List<List<String>> rows(
      YearMonth month, LocalDateTime start, long seconds, int n, boolean serving) {
    List<LocalDateTime> times = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      times.add(start.plusSeconds(draw.between(0, (int) seconds - 1)));
    }
    times.sort(null);
    List<List<String>> rows = new ArrayList<>();
    LocalDateTime previous = null;
    for (LocalDateTime time : times) {
      LocalDateTime at =
          previous != null && !time.isAfter(previous) ? previous.plusSeconds(1) : time;
      rows.add(row(TIMESTAMP.format(at), month, serving));
      previous = at;
    }
    return rows;
  }

  private List<String> row(String at, YearMonth month, boolean serving) {
    boolean newLine = serving && !month.isBefore(NEW_LINE);
    String line = newLine && draw.chance(0.2) ? "D" : draw.pick("A", "B", "C");
    double temperature = draw.normal(TEMPERATURE_MEAN, 5);
    double vibration = Math.max(0.1, draw.normal(3.0, VIBRATION_SD));
    double z =
        -2.2
            + 0.35 * (temperature - TEMPERATURE_MEAN)
            + 1.2 * (vibration - 3.0)
            + (line.equals("D") ? 1.0 : 0.0);
    String failure = draw.chance(1 / (1 + Math.exp(-z))) ? "1" : "0";
    if (serving && !month.isBefore(TEMPERATURE_SHIFT)) {
      temperature += TEMPERATURE_OFFSET;
    }
    if (serving && !month.isBefore(VIBRATION_NOISE)) {
      vibration = Math.max(0, vibration + draw.normal(0, Math.sqrt(3) * VIBRATION_SD));
    }
    double humidity = Math.max(10, Math.min(90, draw.normal(45, 8)));
    return List.of(
        at,
        line,
        Draw.fixed(temperature, 2),
        Draw.fixed(vibration, 3),
        Draw.fixed(draw.normal(101.3, 2.0), 2),
        serving ? Draw.fixed(humidity / 100, 3) : Draw.fixed(humidity, 1),
        failure);
  }
}
