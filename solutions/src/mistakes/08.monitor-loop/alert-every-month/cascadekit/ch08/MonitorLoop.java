// Mistake: raises an alert for every flagged month, not once per run.
package cascadekit.ch08;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Exercise 08.monitor-loop: the loop that turns monthly scores into alerts.
 *
 * <p>A fleet's fuel use is logged every month. The {@link #score} of a month is how far its mean
 * moved from the reference's, in reference standard deviations. Two design choices decide
 * whether anyone reads the alerts: what each month is compared with, and when an alert fires.
 * Batches come as a map from month to values, in month order.
 *
 * <p>Task 1. Return the months, in order, whose score against the <em>reference</em> (never the
 * month before) is at least {@code threshold}. A slow drift hides in small monthly steps. Refuse
 * an empty reference with an {@code IllegalArgumentException}: there is nothing to compare with.
 * <pre>{@code
 * flagged([-1, 1, -1, 1], {m1=[-1, 1], m2=[-0.8, 1.2], m3=[-0.6, 1.4], m4=[-0.4, 1.6]}, 0.5)
 *     // => [m4]   (scores 0, 0.2, 0.4, 0.6; each month moves only 0.2 from the one before)
 * }</pre>
 *
 * <p>Task 2. Return the alerts: one per run of flagged months, at its first month, with that
 * month's score. A drift that stays is one alert, not one a month; one that goes away and comes
 * back alerts again.
 * <pre>{@code
 * alerts(reference, months scoring 0, 0.9, 0.8, 0.1, 0.7 at threshold 0.5)
 *     // => [Alert[month=m2, score=0.9], Alert[month=m5, score=0.7]]
 * }</pre>
 */
public final class MonitorLoop {
  private MonitorLoop() {}

  /** A month that starts a drift, and its score. */
  public record Alert(String month, double score) {}

  /** Returns |mean(current) - mean(reference)| in reference (population) standard deviations. */
  public static double score(List<Double> reference, List<Double> current) {
    double mean = reference.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    double variance = reference.stream().mapToDouble(v -> (v - mean) * (v - mean)).average().orElseThrow();
    double currentMean = current.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    return Math.abs(currentMean - mean) / Math.sqrt(variance);
  }

  /** Returns the months whose score against {@code reference} is at least {@code threshold}, in order. */
  public static List<String> flagged(List<Double> reference, Map<String, List<Double>> batches, double threshold) {
    if (reference.isEmpty()) {
      throw new IllegalArgumentException("need a reference window to compare with");
    }
    List<String> months = new ArrayList<>();
    // Always the same reference: against the previous month, a drift that persists looks like
    // "no change" from its second month on, and a slow one never crosses the threshold.
    batches.forEach(
        (month, values) -> {
          if (score(reference, values) >= threshold) {
            months.add(month);
          }
        });
    return months;
  }

  /** Returns one alert per run of flagged months, at the run's first month. */
  public static List<Alert> alerts(List<Double> reference, Map<String, List<Double>> batches, double threshold) {
    List<String> flagged = flagged(reference, batches, threshold);
    List<Alert> alerts = new ArrayList<>();
    String previous = null;
    for (Map.Entry<String, List<Double>> batch : batches.entrySet()) {
      String month = batch.getKey();
      boolean now = flagged.contains(month);
      // Fire on the change from quiet to flagged only: the open problem is already on someone's desk.
      if (now) {
        alerts.add(new Alert(month, score(reference, batch.getValue())));
      }
      previous = month;
    }
    return alerts;
  }
}
