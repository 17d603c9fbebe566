package cascadekit.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Checks a file's header against a schema before any row is read. */
final class HeaderCheck {
  private HeaderCheck() {}

  /** Returns each header name's position; fails naming the first schema column the header lacks. */
  static Map<String, Integer> positions(String file, List<String> header, Schema schema, String text) {
    Map<String, Integer> positions = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      positions.putIfAbsent(header.get(i), i);
    }
    for (Column column : schema.columns()) {
      if (!positions.containsKey(column.name())) {
        String hint = "";
        Dialect sniffed = Dialect.sniff(text);
        if (header.size() == 1 && sniffed.delimiter() != ',') {
          hint = String.format("; expected %d fields, found 1: the file looks '%s'-separated",
              schema.columns().size(), sniffed.delimiter() == '\t' ? "\\t" : String.valueOf(sniffed.delimiter()));
        }
        throw new LoadException(file + ", line 1: no column '" + column.name() + "' in the header " + header + hint);
      }
    }
    return positions;
  }
}
