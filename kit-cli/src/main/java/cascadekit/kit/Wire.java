package cascadekit.kit;

import java.util.ArrayList;
import java.util.List;

/**
 * The line format between the kit and its test worker: one message a line, fields separated by
 * tabs, with backslash, tab and line breaks escaped so any text fits in a field.
 *
 * <pre>{@code
 * Wire.encode("finished", "three", "false")  // => "finished\tthree\tfalse"
 * Wire.decode("started\tthree")              // => [started, three]
 * }</pre>
 */
final class Wire {
  private Wire() {}

  /** Returns {@code fields} as one line, without its line break. */
  static String encode(String... fields) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        line.append('\t');
      }
      for (char c : fields[i].toCharArray()) {
        switch (c) {
          case '\\' -> line.append("\\\\");
          case '\t' -> line.append("\\t");
          case '\n' -> line.append("\\n");
          case '\r' -> line.append("\\r");
          default -> line.append(c);
        }
      }
    }
    return line.toString();
  }

  /** Returns the fields of a line written by {@link #encode}. */
  static List<String> decode(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\t') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\\' && i + 1 < line.length()) {
        char next = line.charAt(++i);
        field.append(next == 't' ? '\t' : next == 'n' ? '\n' : next == 'r' ? '\r' : next);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }
}
