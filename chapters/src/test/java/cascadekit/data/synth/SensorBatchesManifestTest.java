package cascadekit.data.synth;

import static org.assertj.core.api.Assertions.assertThat;

import cascadekit.data.CsvTestFiles;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/** Re-measures each injected change of {@code sensor-batches} from the data and the manifest. */
class SensorBatchesManifestTest {
  private final List<Map<String, String>> training =
      CsvTestFiles.rows("sensor-batches/training.csv");
  private final Map<String, List<Map<String, String>>> batches = new TreeMap<>();
  private final Map<String, Map<String, String>> manifest =
      CsvTestFiles.rows("sensor-batches/manifest.csv").stream()
          .collect(Collectors.toMap(m -> m.get("defect"), m -> m));

  SensorBatchesManifestTest() {
    for (int m = 1; m <= 12; m++) {
      String month = String.format("2023-%02d", m);
      batches.put(month, CsvTestFiles.rows("sensor-batches/batches/" + month + ".csv"));
    }
  }

  @Test
  void should_shift_the_temperature_mean_from_the_stated_month_on() {
    // GIVEN the manifest's mean shift and the training mean
    Map<String, String> shift = manifest.get("mean_shift");
    double offset = number(shift.get("dirty_value")) - number(shift.get("clean_value"));
    double base = mean(training, "temperature_c");
    // WHEN each month's mean is compared with training
    SoftAssertions softly = new SoftAssertions();
    batches.forEach(
        (month, rows) -> {
          boolean shifted = month.compareTo(shift.get("month")) >= 0;
          // THEN it moved by the offset from that month on, and not before
          softly
              .assertThat(mean(rows, "temperature_c") - base)
              .as("temperature shift in " + month)
              .isBetween(shifted ? offset - 0.6 : -0.6, shifted ? offset + 0.6 : 0.6);
        });
    softly.assertThat(rowsFrom(shift.get("month"))).isEqualTo(Integer.parseInt(shift.get("rows")));
    softly.assertAll();
  }

  @Test
  void should_double_the_vibration_spread_from_the_stated_month_on() {
    // GIVEN the manifest's variance change and the training spread
    Map<String, String> change = manifest.get("variance_change");
    double base = sd(training, "vibration_mm_s");
    // WHEN each month's spread is compared with training
    SoftAssertions softly = new SoftAssertions();
    batches.forEach(
        (month, rows) -> {
          double ratio = sd(rows, "vibration_mm_s") / base;
          // THEN it is about twice as wide from that month on, about the same before
          boolean changed = month.compareTo(change.get("month")) >= 0;
          softly
              .assertThat(ratio)
              .as("vibration sd ratio in " + month)
              .isBetween(changed ? 1.7 : 0.85, changed ? 2.3 : 1.15);
        });
    softly
        .assertThat(rowsFrom(change.get("month")))
        .isEqualTo(Integer.parseInt(change.get("rows")));
    softly.assertAll();
  }

  @Test
  void should_show_the_new_line_only_from_the_stated_month_on() {
    // GIVEN the manifest's new category
    Map<String, String> line = manifest.get("new_category");
    // WHEN its rows are counted month by month
    long before = training.stream().filter(r -> r.get("line").equals("D")).count();
    long total = 0;
    for (Map.Entry<String, List<Map<String, String>>> batch : batches.entrySet()) {
      long count = batch.getValue().stream().filter(r -> r.get("line").equals("D")).count();
      if (batch.getKey().compareTo(line.get("month")) < 0) {
        before += count;
      }
      total += count;
    }
    // THEN none came before it and the total is the manifest's
    assertThat(before).as("line D rows before " + line.get("month")).isZero();
    assertThat(total).isEqualTo(Long.parseLong(line.get("rows")));
  }

  @Test
  void should_find_the_stale_batch_the_volume_drop_and_the_serving_skew() {
    // GIVEN the manifest
    Map<String, String> stale = manifest.get("stale_timestamps");
    Map<String, String> drop = manifest.get("volume_drop");
    SoftAssertions softly = new SoftAssertions();
    // WHEN timestamps that fail to advance are counted month by month
    batches.forEach(
        (month, rows) -> {
          long repeats = 0;
          for (int r = 1; r < rows.size(); r++) {
            repeats +=
                rows.get(r).get("timestamp").compareTo(rows.get(r - 1).get("timestamp")) <= 0
                    ? 1
                    : 0;
          }
          // THEN only the stale month has them, as many as stated, and only one month is small
          softly
              .assertThat(repeats)
              .as("repeated timestamps in " + month)
              .isEqualTo(month.equals(stale.get("month")) ? Long.parseLong(stale.get("rows")) : 0);
          softly
              .assertThat(rows.size())
              .as("rows in " + month)
              .isEqualTo(
                  month.equals(drop.get("month")) ? Integer.parseInt(drop.get("rows")) : 1000);
        });
    // AND serving logs humidity as a fraction where training logged percent
    softly
        .assertThat(max(batches.values().stream().flatMap(List::stream).toList(), "humidity_pct"))
        .isLessThanOrEqualTo(1.0);
    softly.assertThat(min(training, "humidity_pct")).isGreaterThanOrEqualTo(10.0);
    softly
        .assertThat(rowsFrom("2023-01"))
        .isEqualTo(Integer.parseInt(manifest.get("training_serving_skew").get("rows")));
    softly.assertAll();
  }

  private int rowsFrom(String month) {
    return batches.entrySet().stream()
        .filter(b -> b.getKey().compareTo(month) >= 0)
        .mapToInt(b -> b.getValue().size())
        .sum();
  }

  private static double mean(List<Map<String, String>> rows, String column) {
    return rows.stream().mapToDouble(r -> number(r.get(column))).average().orElseThrow();
  }

  private static double sd(List<Map<String, String>> rows, String column) {
    double mean = mean(rows, column);
    double squares =
        rows.stream().mapToDouble(r -> Math.pow(number(r.get(column)) - mean, 2)).sum();
    return Math.sqrt(squares / (rows.size() - 1));
  }

  private static double max(List<Map<String, String>> rows, String column) {
    return rows.stream().mapToDouble(r -> number(r.get(column))).max().orElseThrow();
  }

  private static double min(List<Map<String, String>> rows, String column) {
    return rows.stream().mapToDouble(r -> number(r.get(column))).min().orElseThrow();
  }

  private static double number(String text) {
    return Double.parseDouble(text);
  }
}
