package cascadekit.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.columns.Column;

/** The values of a category column, and Java string literals to write them in suggested code. */
final class Categories {
  private Categories() {}

  /** Returns the distinct present values of {@code column}, most frequent first, ties by value. */
  static List<String> byPopularity(Column<?> column) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (int row = 0; row < column.size(); row++) {
      if (!column.isMissing(row)) {
        counts.merge(column.getUnformattedString(row), 1L, Long::sum);
      }
    }
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey)
        .toList();
  }

  /** Returns {@code text} as a Java string literal: {@code say "hi"} is {@code "say \"hi\""}. */
  static String javaString(String text) {
    StringBuilder literal = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> literal.append("\\\"");
        case '\\' -> literal.append("\\\\");
        case '\n' -> literal.append("\\n");
        case '\t' -> literal.append("\\t");
        case '\r' -> literal.append("\\r");
        default -> literal.append(c);
      }
    }
    return literal.append('"').toString();
  }
}
