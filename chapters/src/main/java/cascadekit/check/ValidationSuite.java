package cascadekit.check;

import cascadekit.load.Schema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tech.tablesaw.api.Table;

/**
 * Runs checks on data, lazily and in one pass: every constraint runs and every failure is
 * collected (never only the first), and one walk over the rows feeds each constraint's
 * accumulator, so ten constraints cost one read of the data, not ten. Checks are held against
 * the data's columns when they are added, so a constraint on a missing column, a numeric rule on
 * a text column or an empty table fails with a {@link CheckDefinitionException} before any row
 * is read. Immutable: every method returns a new suite.
 *
 * <pre>{@code
 * ValidationResult result = ValidationSuite.on(visits)
 *     .idColumn("visit_id")        // failing rows are named by their visit_id
 *     .resultFormat(ResultFormat.COMPLETE) // every failing id, not only the first 20
 *     .addCheck(usable)
 *     .run();
 * ValidationSuite.on(file, schema).addCheck(usable).run();  // streams a CSV file, never held whole
 * }</pre>
 */
public final class ValidationSuite {
  private final RowSource source;
  private final String idColumn;
  private final List<Check> checks;
  private final ResultFormat format;

  private ValidationSuite(RowSource source, String idColumn, List<Check> checks, ResultFormat format) {
    this.source = source;
    this.idColumn = idColumn;
    this.checks = List.copyOf(checks);
    this.format = format;
  }

  /** Returns a suite over {@code table}, with no checks yet; failing rows are named by 1-based row number. */
  public static ValidationSuite on(Table table) {
    return new ValidationSuite(new TableSource(table), null, List.of(), ResultFormat.SUMMARY);
  }

  /** Returns a suite over a CSV file with a header, streamed record by record, typed and with the missing markers of {@code schema}. */
  public static ValidationSuite on(Path file, Schema schema) {
    return new ValidationSuite(CsvSource.of(file, schema), null, List.of(), ResultFormat.SUMMARY);
  }

  /** Returns a suite over the rows of {@code source}, with no checks yet. */
  static ValidationSuite on(RowSource source) {
    return new ValidationSuite(source, null, List.of(), ResultFormat.SUMMARY);
  }

  /** Returns this suite naming failing rows by their value in {@code column}; refuses a column the data lacks. */
  public ValidationSuite idColumn(String column) {
    source.layout().require("id column", Arguments.column("id column", column), RowLayout.Kind.ANY);
    return new ValidationSuite(source, column, checks, format);
  }

  /**
   * Returns this suite keeping failing-row ids as {@code format} says: {@link ResultFormat#SUMMARY}
   * (the default) keeps the first {@value ConstraintResult#ID_CAP}, {@link ResultFormat#COMPLETE} every one.
   */
  public ValidationSuite resultFormat(ResultFormat format) {
    return new ValidationSuite(source, idColumn, checks, Objects.requireNonNull(format, "result format"));
  }

  /** Returns this suite with {@code check}; refuses a check the data cannot answer, or empty data. */
  public ValidationSuite addCheck(Check check) {
    RowLayout layout = source.layout();
    if (source.isEmpty()) {
      throw CheckDefinitionException.of(check.name(), null, layout.source() + " has no rows: nothing to validate");
    }
    check.constraints().forEach(c -> c.require(check.name(), layout));
    List<Check> more = new ArrayList<>(checks);
    more.add(check);
    return new ValidationSuite(source, idColumn, more, format);
  }

  /** Returns the result of every constraint of every check, after one pass over the rows. */
  public ValidationResult run() {
    if (checks.isEmpty()) {
      throw new CheckDefinitionException("a validation suite over " + source.layout().source() + " has no checks to run");
    }
    List<Metric> metrics = new ArrayList<>();
    for (Check check : checks) {
      check.constraints().forEach(c -> metrics.add(c.start(source.layout(), format)));
    }
    Metric[] fed = metrics.stream().filter(Metric::readsRows).toArray(Metric[]::new);
    source.forEach(idColumn, row -> {
      for (Metric metric : fed) {
        metric.accept(row);
      }
    });
    List<ConstraintResult> results = new ArrayList<>();
    int next = 0;
    for (Check check : checks) {
      for (Constraint c : check.constraints()) {
        Measurement m = metrics.get(next++).finish();
        results.add(new ConstraintResult(check.name(), c.level(check.level()), c.sentence(), c.column(),
            m.passed() ? Status.PASSED : Status.FAILED, m.value(), c.threshold(), m.failing().ids(), m.failing().count()));
      }
    }
    return new ValidationResult(results);
  }
}
