package cascadekit.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import cascadekit.load.Dialect;
import cascadekit.load.LoadException;
import cascadekit.load.QuarantinedRow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class ProfilerTest {
  private static final Set<String> MISSING = Set.of("", "NA");

  @Test
  void should_count_missing_markers_as_missing_and_follow_deequs_ratios() {
    // GIVEN a, a, b, c, NA, "": 6 rows, 4 present, 3 distinct (a b c), 2 occur once (b c)
    Profiler profiler = Profiler.of(List.of("x"), MISSING);
    for (String v : List.of("a", "a", "b", "c", "NA", "")) {
      profiler.accept(List.of(v));
    }
    // WHEN
    ColumnProfile x = profiler.profiles().get(0);
    // THEN
    assertThat(x.type()).isEqualTo(ValueType.TEXT);
    assertThat(x.completeness()).isCloseTo(4.0 / 6, within(1e-12));
    assertThat(x.distinctness()).isCloseTo(3.0 / 4, within(1e-12));
    assertThat(x.uniqueness()).isCloseTo(2.0 / 4, within(1e-12));
    assertThat(x.uniqueValueRatio()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(x.topValues()).containsExactly(new ValueCount("a", 2), new ValueCount("b", 1), new ValueCount("c", 1));
    assertThat(x.min()).isEqualTo("a");
    assertThat(x.max()).isEqualTo("c");
  }

  @Test
  void should_profile_numbers_with_sample_std_and_r7_quartiles() {
    // GIVEN
    double[] values = {2, 4, 4, 4, 5, 5, 7, 9};
    Profiler profiler = Profiler.of(List.of("n"), MISSING);
    for (double v : values) {
      profiler.accept(List.of(Double.toString(v)));
    }
    // WHEN
    ColumnProfile n = profiler.profiles().get(0);
    // THEN
    Percentile r7 = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
    assertThat(n.type()).isEqualTo(ValueType.NUMBER);
    assertThat(n.mean()).isCloseTo(5.0, within(1e-12));
    assertThat(n.stdDev()).isCloseTo(Math.sqrt(32.0 / 7), within(1e-12));
    assertThat(n.quantiles().q1()).isCloseTo(r7.evaluate(values, 25), within(1e-12));
    assertThat(n.quantiles().q3()).isCloseTo(r7.evaluate(values, 75), within(1e-12));
    assertThat(n.min()).isEqualTo("2");
    assertThat(n.max()).isEqualTo("9");
    assertThat(n.histogram().counts()).hasSize(10);
  }

  @Test
  void should_merge_batches_into_the_profile_of_the_whole() {
    // GIVEN three rows in one profiler, and the same rows split 1 + 2
    List<List<String>> rows = List.of(List.of("1", "2020-01-01"), List.of("NA", "2020-01-03"), List.of("10", "2020-01-02"));
    Profiler whole = Profiler.of(List.of("n", "d"), MISSING);
    rows.forEach(whole::accept);
    Profiler first = Profiler.of(List.of("n", "d"), MISSING);
    first.accept(rows.get(0));
    Profiler rest = Profiler.of(List.of("n", "d"), MISSING);
    rows.subList(1, 3).forEach(rest::accept);
    // WHEN
    List<ColumnProfile> merged = first.merge(rest).profiles();
    // THEN
    assertThat(merged).usingRecursiveComparison().withComparatorForType(Double::compare, Double.class).ignoringFields("histogram").isEqualTo(whole.profiles());
    assertThat(merged.get(0).histogram().counts()).containsExactly(whole.profiles().get(0).histogram().counts());
    assertThat(merged.get(1).type()).isEqualTo(ValueType.DATE);
    assertThat(merged.get(1).max()).isEqualTo("2020-01-03");
    assertThatThrownBy(() -> first.merge(Profiler.of(List.of("other"), MISSING))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void should_profile_a_typed_table_and_stream_a_file(@TempDir Path dir) throws Exception {
    // GIVEN
    Table table = Table.create("t", DoubleColumn.create("w", 181.0, Double.NaN, 3.5), StringColumn.create("s", "a", "b", ""));
    Path file = dir.resolve("t.csv");
    Files.writeString(file, "w,s\n181,a\nNA,b\n3.5,\n");
    // WHEN
    List<ColumnProfile> fromTable = Profiler.profile(table);
    List<ColumnProfile> fromFile = Profiler.read(file, MISSING).profiles();
    // THEN whole numbers print without ".0", and both agree
    assertThat(fromTable.get(0).topValues()).extracting(ValueCount::value).containsExactly("181", "3.5");
    assertThat(fromTable.get(0).present()).isEqualTo(2);
    assertThat(fromFile).usingRecursiveComparison().withComparatorForType(Double::compare, Double.class).ignoringFields("histogram").isEqualTo(fromTable);
  }

  @Test
  void should_quarantine_a_ragged_row_with_its_line_and_profile_the_rest(@TempDir Path dir) throws Exception {
    // GIVEN a file whose second record is short
    Path file = dir.resolve("ragged.csv");
    Files.writeString(file, "a,b\n1,2\n3\n4,5\n");
    // WHEN
    Profiler profiler = Profiler.read(file, MISSING);
    // THEN the short row is set aside with its line, and the others are profiled
    assertThat(profiler.quarantined()).containsExactly(new QuarantinedRow(3, "", "3", "expected 2 fields, found 1"));
    assertThat(profiler.profiles().get(0).rows()).isEqualTo(2);
    assertThatThrownBy(() -> Profiler.of(List.of("a"), MISSING).accept(List.of("1", "2")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected 1 cells [a], got 2");
  }

  @Test
  void should_read_the_dialect_it_is_given(@TempDir Path dir) throws Exception {
    // GIVEN a semicolon file with a byte-order mark
    Path file = dir.resolve("semi.csv");
    Files.writeString(file, "\uFEFFperiod;n\n2023-01;4\n2023-02;5\n");
    // WHEN
    Profiler profiler = Profiler.read(file, Dialect.sniff(file, StandardCharsets.UTF_8), MISSING);
    // THEN two columns, the first named without the mark
    assertThat(profiler.profiles()).extracting(ColumnProfile::name).containsExactly("period", "n");
    assertThatThrownBy(() -> Profiler.read(file, MISSING))
        .isInstanceOf(LoadException.class)
        .hasMessage("semi.csv, line 1: expected 2 fields, found 1: the file looks ';'-separated");
  }

  @Test
  void should_keep_a_column_with_non_finite_numbers_a_number_column_and_leave_them_out_of_its_moments() {
    // GIVEN numbers with an overflow, an infinity and a NaN among them
    Profiler profiler = Profiler.of(List.of("x"), MISSING);
    for (String value : List.of("1", "2", "1e309", "-Infinity", "NaN")) {
      profiler.accept(List.of(value));
    }
    // WHEN
    ColumnProfile x = profiler.profiles().get(0);
    // THEN
    assertThat(x.type()).isEqualTo(ValueType.NUMBER);
    assertThat(x.present()).isEqualTo(5);
    assertThat(x.mean()).isEqualTo(1.5);
    assertThat(x.max()).isEqualTo("2");
  }

  @Test
  void should_call_a_column_without_values_empty() {
    // GIVEN
    Profiler profiler = Profiler.of(List.of("x"), MISSING);
    profiler.accept(List.of("NA"));
    // WHEN
    ColumnProfile x = profiler.profiles().get(0);
    // THEN
    assertThat(x.type()).isEqualTo(ValueType.EMPTY);
    assertThat(x.completeness()).isZero();
    assertThat(x.uniqueness()).isNaN();
  }
}
