package cascadekit.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one JSON value strictly: objects as maps, arrays as lists, strings, numbers as doubles,
 * {@code true}, {@code false} and {@code null}. Anything else, or text after the value, is an
 * {@link IllegalArgumentException} naming the 1-based column where reading stopped.
 *
 * <pre>{@code
 * JsonValues.read("{\"batch\":\"2023-05\",\"n\":[1,2]}");   // => {batch=2023-05, n=[1.0, 2.0]}
 * }</pre>
 */
final class JsonValues {
  private final String text;
  private int at;

  private JsonValues(String text) {
    this.text = text;
  }

  /** Returns the value {@code text} holds. */
  static Object read(String text) {
    JsonValues reader = new JsonValues(text);
    Object value = reader.value();
    reader.space();
    if (reader.at < text.length()) {
      throw reader.error("nothing after the value");
    }
    return value;
  }

  private Object value() {
    space();
    if (at >= text.length()) {
      throw error("a value, but the line ended");
    }
    char c = text.charAt(at);
    return switch (c) {
      case '{' -> object();
      case '[' -> array();
      case '"' -> string();
      case 't' -> word("true", Boolean.TRUE);
      case 'f' -> word("false", Boolean.FALSE);
      case 'n' -> word("null", null);
      default -> number();
    };
  }

  private Map<String, Object> object() {
    Map<String, Object> members = new LinkedHashMap<>();
    at++;
    if (next() == '}') {
      at++;
      return members;
    }
    do {
      if (next() != '"') {
        throw error("a member name in double quotes");
      }
      String name = string();
      expect(':');
      members.put(name, value());
    } while (comma('}'));
    return members;
  }

  private List<Object> array() {
    List<Object> items = new ArrayList<>();
    at++;
    if (next() == ']') {
      at++;
      return items;
    }
    do {
      items.add(value());
    } while (comma(']'));
    return items;
  }

  /** Returns true after a comma, false after the closing {@code end}. */
  private boolean comma(char end) {
    char c = next();
    if (c != ',' && c != end) {
      throw error("',' or '" + end + "'");
    }
    at++;
    return c == ',';
  }

  private String string() {
    StringBuilder out = new StringBuilder();
    at++;
    while (at < text.length() && text.charAt(at) != '"') {
      char c = text.charAt(at++);
      if (c == '\\') {
        c = escaped();
      }
      out.append(c);
    }
    expect('"');
    return out.toString();
  }

  private char escaped() {
    char c = at < text.length() ? text.charAt(at++) : ' ';
    return switch (c) {
      case '"', '\\', '/' -> c;
      case 'n' -> '\n';
      case 't' -> '\t';
      case 'r' -> '\r';
      case 'b' -> '\b';
      case 'f' -> '\f';
      case 'u' -> unicode();
      default -> throw error("an escape such as \\\" or \\u00e9");
    };
  }

  private char unicode() {
    if (at + 4 > text.length() || !text.substring(at, at + 4).matches("[0-9a-fA-F]{4}")) {
      throw error("four hex digits after \\u");
    }
    at += 4;
    return (char) Integer.parseInt(text.substring(at - 4, at), 16);
  }

  private Object word(String word, Object value) {
    if (!text.startsWith(word, at)) {
      throw error("a value");
    }
    at += word.length();
    return value;
  }

  private Double number() {
    int start = at;
    while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
    String digits = text.substring(start, at);
    if (!digits.matches("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?")) {
      at = start;
      throw error("a value");
    }
    return Double.valueOf(digits);
  }

  private void expect(char c) {
    if (next() != c) {
      throw error("'" + c + "'");
    }
    at++;
  }

  private char next() {
    space();
    return at < text.length() ? text.charAt(at) : '\0';
  }

  private void space() {
    while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
  }

  private IllegalArgumentException error(String expected) {
    String found = at < text.length() ? "'" + text.charAt(at) + "'" : "the end of the line";
    return new IllegalArgumentException("column " + (at + 1) + ": expected " + expected + ", found " + found);
  }
}
