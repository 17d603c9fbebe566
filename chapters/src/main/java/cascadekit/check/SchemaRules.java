package cascadekit.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import tech.tablesaw.api.ColumnType;

/**
 * Constraints on the columns themselves, measured before any row: a column present with a type;
 * a schema (the expected columns, their types and their order); and columns beyond the schema, a
 * warning whatever the check's level, since an added column rarely breaks a consumer. The value
 * is the number of problems; each problem is listed in the result's ids, as
 * {@code age: STRING, expected INTEGER}.
 */
final class SchemaRules implements Constraint {
  private final String sentence;
  private final String column;
  private final Level fixedLevel;
  private final Function<RowLayout, List<String>> problems;

  private SchemaRules(String sentence, String column, Level fixedLevel, Function<RowLayout, List<String>> problems) {
    this.sentence = sentence;
    this.column = column;
    this.fixedLevel = fixedLevel;
    this.problems = problems;
  }

  static SchemaRules column(ColumnSpec spec) {
    return new SchemaRules(spec.name() + " is present as " + spec.type().name(), spec.name(), null,
        layout -> mismatch(spec, layout).stream().toList());
  }

  static SchemaRules schema(List<ColumnSpec> specs) {
    return new SchemaRules("schema is " + specs, null, null, layout -> {
      List<String> problems = new ArrayList<>();
      specs.forEach(spec -> mismatch(spec, layout).ifPresent(problems::add));
      List<String> expected = specs.stream().map(ColumnSpec::name).filter(n -> layout.position(n) >= 0).toList();
      List<String> found = layout.names().stream().filter(expected::contains).toList();
      if (!found.equals(expected)) {
        problems.add("order: found " + found + ", expected " + expected);
      }
      return problems;
    });
  }

  static SchemaRules noExtraColumns(List<ColumnSpec> specs) {
    List<String> declared = specs.stream().map(ColumnSpec::name).toList();
    return new SchemaRules("schema has no columns beyond " + declared, null, Level.WARN,
        layout -> layout.names().stream().filter(n -> !declared.contains(n)).map(n -> n + ": not in the schema").toList());
  }

  private static Optional<String> mismatch(ColumnSpec spec, RowLayout layout) {
    if (layout.position(spec.name()) < 0) {
      return Optional.of(spec.name() + ": missing, expected " + spec.type().name());
    }
    ColumnType found = layout.type(spec.name());
    return found.name().equals(spec.type().name()) ? Optional.empty()
        : Optional.of(spec.name() + ": " + found.name() + ", expected " + spec.type().name());
  }

  @Override
  public String sentence() {
    return sentence;
  }

  @Override
  public String column() {
    return column;
  }

  @Override
  public String threshold() {
    return "== 0";
  }

  @Override
  public Level level(Level checkLevel) {
    return fixedLevel == null ? checkLevel : fixedLevel;
  }

  @Override
  public void require(String check, RowLayout layout) {
    // A missing column is this constraint's finding, not a definition error.
  }

  @Override
  public Metric start(RowLayout layout, ResultFormat format) {
    List<String> found = problems.apply(layout);
    FailingRows listed = new FailingRows(format.idCap());
    for (int i = 0; i < found.size(); i++) {
      listed.keep(i, found.get(i));
    }
    listed.count(found.size());
    return new Metric() {
      @Override
      public boolean readsRows() {
        return false;
      }

      @Override
      public void accept(RowView row) {
        throw new IllegalStateException("a schema constraint reads no rows");
      }

      @Override
      public Measurement finish() {
        return new Measurement(found.size(), found.isEmpty(), listed);
      }
    };
  }
}
