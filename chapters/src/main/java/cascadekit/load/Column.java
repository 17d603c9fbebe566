package cascadekit.load;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One column of a {@link Schema}: its name, type, whether a value is required, the values it
 * allows (empty: any), and whether text in it is repaired when it is mojibake.
 *
 * <pre>{@code
 * Column clinic = Column.of("clinic", ColumnType.TEXT).required().allowing("Oslo", "Zürich").repairingMojibake();
 * }</pre>
 *
 * @param name the header name
 * @param type the declared type
 * @param requiresValue whether a missing value sends the row to quarantine
 * @param allowed the allowed values, empty when any value of the type is allowed
 * @param repairsMojibake whether text read as the wrong charset is repaired on load
 */
public record Column(String name, ColumnType type, boolean requiresValue, Set<String> allowed, boolean repairsMojibake) {
  /** Copies the allowed values, in their declared order, so the column cannot change afterwards. */
  public Column {
    allowed = Collections.unmodifiableSet(new LinkedHashSet<>(allowed));
  }

  /** Returns an optional column of {@code type} that allows any value. */
  public static Column of(String name, ColumnType type) {
    return new Column(name, type, false, Set.of(), false);
  }

  /** Returns this column, required. */
  public Column required() {
    return new Column(name, type, true, allowed, repairsMojibake);
  }

  /** Returns this column, allowing only {@code values}. */
  public Column allowing(String... values) {
    return new Column(name, type, requiresValue, new LinkedHashSet<>(List.of(values)), repairsMojibake);
  }

  /** Returns this column, repairing mojibake in its text as it loads. */
  public Column repairingMojibake() {
    return new Column(name, type, requiresValue, allowed, true);
  }
}
