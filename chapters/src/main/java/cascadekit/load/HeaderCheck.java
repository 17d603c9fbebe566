package cascadekit.load;

import java.util.LinkedHashMap;
import java.util.Map;

/** Checks a file's header against a schema before any row is read. */
final class HeaderCheck {
  private HeaderCheck() {}

  /**
   * Returns each schema column's position in the file: by name under a header, by schema order
   * when the file has none; fails naming the first schema column the header lacks.
   */
  static Map<String, Integer> positions(String file, Header header, Schema schema, Dialect dialect) {
    Map<String, Integer> positions = new LinkedHashMap<>();
    if (dialect.header()) {
      header.require(file, schema.columns().stream().map(Column::name).toList());
    }
    for (int i = 0; i < schema.columns().size(); i++) {
      String name = schema.columns().get(i).name();
      positions.put(name, dialect.header() ? header.position(name) : i);
    }
    return positions;
  }
}
