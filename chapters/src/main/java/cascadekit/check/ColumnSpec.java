package cascadekit.check;

import tech.tablesaw.api.ColumnType;

/**
 * One expected column of a schema check: its name and its Tablesaw type.
 *
 * <pre>{@code
 * ColumnSpec.of("visit_id", ColumnType.STRING);
 * }</pre>
 *
 * @param name the column's name
 * @param type the column's Tablesaw type
 */
public record ColumnSpec(String name, ColumnType type) {
  /** Refuses a blank name or a missing type. */
  public ColumnSpec {
    if (name == null || name.isBlank() || type == null) {
      throw new CheckDefinitionException("a column spec needs a name and a type, got " + name + " " + type);
    }
  }

  /** Returns the spec of a column {@code name} of {@code type}. */
  public static ColumnSpec of(String name, ColumnType type) {
    return new ColumnSpec(name, type);
  }

  @Override
  public String toString() {
    return name + " " + type.name();
  }
}
