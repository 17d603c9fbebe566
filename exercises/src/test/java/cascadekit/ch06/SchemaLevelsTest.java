package cascadekit.ch06;

import static org.assertj.core.api.Assertions.assertThat;

import cascadekit.ch06.SchemaLevels.ColumnSpec;
import cascadekit.ch06.SchemaLevels.Finding;
import cascadekit.ch06.SchemaLevels.Level;
import cascadekit.ch06.SchemaLevels.Problem;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

@DisplayName("06.schema-levels: a schema check with ERROR and WARN findings, and its verdict")
class SchemaLevelsTest {
  private static final List<ColumnSpec> SCHEMA = List.of(
      new ColumnSpec("visit_id", ColumnType.STRING),
      new ColumnSpec("visit_date", ColumnType.LOCAL_DATE),
      new ColumnSpec("age", ColumnType.INTEGER),
      new ColumnSpec("weight_kg", ColumnType.DOUBLE),
      new ColumnSpec("sex", ColumnType.STRING));

  private static Finding error(Problem problem, String column) {
    return new Finding(Level.ERROR, problem, column);
  }

  private static Finding warn(Problem problem, String column) {
    return new Finding(Level.WARN, problem, column);
  }

  /** Dates and ids swapped, age read as double, weight_kg missing, an extra site column. */
  private static Table export() {
    return Table.create("export", DateColumn.create("visit_date"), StringColumn.create("visit_id"),
        DoubleColumn.create("age"), StringColumn.create("site"), StringColumn.create("sex"));
  }

  @Test
  @Tag("task:1")
  @DisplayName("missing and wrong-type columns are errors, extra and misplaced ones warnings, in the stated order")
  void allFourProblems() {
    Table export = export();
    assertThat(SchemaLevels.findings(export, SCHEMA))
        .as("findings of table %s%nagainst schema %s", export.structure().print(), SCHEMA)
        .containsExactly(error(Problem.WRONG_TYPE, "age"), error(Problem.MISSING, "weight_kg"), warn(Problem.EXTRA, "site"),
            warn(Problem.OUT_OF_ORDER, "visit_date"), warn(Problem.OUT_OF_ORDER, "visit_id"));
  }

  @Test
  @Tag("task:1")
  @DisplayName("names match exactly: 'Age' is not 'age', whatever Tablesaw's lookups say")
  void exactNames() {
    Table export = Table.create("export", StringColumn.create("visit_id"), IntColumn.create("Age"));
    List<ColumnSpec> schema = List.of(new ColumnSpec("visit_id", ColumnType.STRING), new ColumnSpec("age", ColumnType.INTEGER));
    assertThat(SchemaLevels.findings(export, schema))
        .as("findings of [visit_id, Age] against [visit_id, age]: table.containsColumn(\"age\") is true, as Tablesaw ignores case")
        .containsExactly(error(Problem.MISSING, "age"), warn(Problem.EXTRA, "Age"));
  }

  @Test
  @Tag("task:1")
  @DisplayName("order is relative: an extra column in front does not put the others out of order")
  void relativeOrder() {
    Table export = Table.create("export", StringColumn.create("site"), StringColumn.create("visit_id"),
        DateColumn.create("visit_date"));
    List<ColumnSpec> schema = SCHEMA.subList(0, 2);
    assertThat(SchemaLevels.findings(export, schema))
        .as("findings of [site, visit_id, visit_date] against [visit_id, visit_date]: only site is new")
        .containsExactly(warn(Problem.EXTRA, "site"));
  }

  @Test
  @Tag("task:1")
  @DisplayName("a table that matches the schema has no finding")
  void clean() {
    Table export = Table.create("export", StringColumn.create("visit_id"), DateColumn.create("visit_date"),
        IntColumn.create("age"), DoubleColumn.create("weight_kg"), StringColumn.create("sex"));
    assertThat(SchemaLevels.findings(export, SCHEMA)).as("findings of a table with exactly the schema's columns").isEmpty();
  }

  @Test
  @Tag("task:2")
  @DisplayName("an error fails the verdict, with the counts")
  void failed() {
    assertThat(SchemaLevels.verdict(List.of(error(Problem.WRONG_TYPE, "age"), error(Problem.MISSING, "weight_kg"),
        warn(Problem.EXTRA, "site")))).as("verdict of 2 errors and 1 warning").isEqualTo("FAILED: 2 errors, 1 warning");
    assertThat(SchemaLevels.verdict(List.of(error(Problem.MISSING, "age"))))
        .as("verdict of 1 error and no warning").isEqualTo("FAILED: 1 error");
  }

  @Test
  @Tag("task:2")
  @DisplayName("warnings alone pass, and say how many")
  void passedWithWarnings() {
    assertThat(SchemaLevels.verdict(List.of(warn(Problem.EXTRA, "site"), warn(Problem.OUT_OF_ORDER, "visit_date"),
        warn(Problem.OUT_OF_ORDER, "visit_id")))).as("verdict of 3 warnings: only an ERROR fails").isEqualTo("PASSED with 3 warnings");
    assertThat(SchemaLevels.verdict(List.of(warn(Problem.EXTRA, "site")))).as("verdict of 1 warning")
        .isEqualTo("PASSED with 1 warning");
    assertThat(SchemaLevels.verdict(List.of())).as("verdict of no finding").isEqualTo("PASSED");
  }
}
