package cascadekit.examples.ch03;

import cascadekit.profile.ColumnProfile;
import cascadekit.profile.Figures;
import cascadekit.profile.Quantiles;
import cascadekit.profile.ValueCount;
import cascadekit.profile.ValueType;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Prints column profiles as two plain-text tables: health per column, then the numbers. */
final class HealthTable {
  private HealthTable() {}

  /** Prints type, completeness, distinct values, uniqueness and top values of every column. */
  static void health(List<ColumnProfile> profiles, int width) {
    System.out.printf("   %-" + width + "s %-6s %8s %8s %9s %10s  %s%n",
        "column", "type", "complete", "distinct", "distinct.", "uniqueness", "top values");
    for (ColumnProfile p : profiles) {
      System.out.printf(Locale.ROOT, "   %-" + width + "s %-6s %8.3f %8d %9.3f %10.3f  %s%n",
          p.name(), p.type(), p.completeness(), p.distinct(), p.distinctness(), p.uniqueness(), top(p.topValues()));
    }
  }

  /** Prints min, quartiles (R_7), max, mean and sample standard deviation of the number columns. */
  static void numbers(List<ColumnProfile> profiles, int width) {
    System.out.printf("   %-" + width + "s %8s %8s %8s %8s %8s %8s %8s%n",
        "number column", "min", "q1", "median", "q3", "max", "mean", "std");
    for (ColumnProfile p : profiles) {
      if (p.type() == ValueType.NUMBER) {
        Quantiles q = p.quantiles();
        System.out.printf("   %-" + width + "s %8s %8s %8s %8s %8s %8s %8s%n", p.name(), p.min(), Figures.of(q.q1()),
            Figures.of(q.median()), Figures.of(q.q3()), p.max(), Figures.of(p.mean()), Figures.of(p.stdDev()));
      }
    }
  }

  private static String top(List<ValueCount> values) {
    return values.stream().map(v -> shorten(v.value()) + " (" + v.count() + ")").collect(Collectors.joining(", "));
  }

  /** Returns {@code text} cut to 24 characters, so one long note does not widen the table. */
  private static String shorten(String text) {
    String oneLine = text.replace('\n', ' ');
    return oneLine.length() <= 24 ? oneLine : oneLine.substring(0, 23) + "…";
  }
}
