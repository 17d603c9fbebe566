package cascadekit.load;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One column of a {@link Schema}: its name, type, whether a value is required, the values it
 * allows (empty: any), whether text in it is repaired when it is mojibake, and whether a decimal
 * column takes NaN, Infinity and numbers beyond a double's range (by default it quarantines them).
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
 * @param allowsNonFinite whether a decimal column keeps NaN and infinities instead of quarantining them
 */
public record Column(
    String name, ColumnType type, boolean requiresValue, Set<String> allowed, boolean repairsMojibake, boolean allowsNonFinite) {
  /** Copies the allowed values, in their declared order, so the column cannot change afterwards. */
  public Column {
    allowed = Collections.unmodifiableSet(new LinkedHashSet<>(allowed));
  }

  /** Returns an optional column of {@code type} that allows any value. */
  public static Column of(String name, ColumnType type) {
    return new Column(name, type, false, Set.of(), false, false);
  }

  /** Returns this column, required. */
  public Column required() {
    return new Column(name, type, true, allowed, repairsMojibake, allowsNonFinite);
  }

  /** Returns this column, allowing only {@code values}. */
  public Column allowing(String... values) {
    return new Column(name, type, requiresValue, new LinkedHashSet<>(List.of(values)), repairsMojibake, allowsNonFinite);
  }

  /** Returns this column, repairing mojibake in its text as it loads. */
  public Column repairingMojibake() {
    return new Column(name, type, requiresValue, allowed, true, allowsNonFinite);
  }

  /** Returns this column keeping NaN, Infinity and out-of-range decimals (as infinities; a table shows NaN as missing). */
  public Column allowingNonFinite() {
    return new Column(name, type, requiresValue, allowed, repairsMojibake, true);
  }
}
