package cascadekit.clean;

import cascadekit.load.Row;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small visit tables for the cleaning toolbox's tests. */
final class Fixtures {
  private Fixtures() {}

  /** Returns rows from {@code id, name, height, weight, sex} tuples, on lines 2, 3, ... */
  static Rows visits(Object[]... rows) {
    List<Row> list = new ArrayList<>();
    for (int i = 0; i < rows.length; i++) {
      Map<String, Object> values = new LinkedHashMap<>();
      values.put("visit_id", rows[i][0]);
      values.put("name", rows[i][1]);
      values.put("height_cm", rows[i][2]);
      values.put("weight_kg", rows[i][3]);
      values.put("sex", rows[i][4]);
      list.add(new Row(i + 2, values));
    }
    return Rows.of("visit_id", list);
  }

  /** Returns one row's values as a tuple. */
  static Object[] visit(String id, String name, Double height, Double weight, String sex) {
    return new Object[] {id, name, height, weight, sex};
  }
}
