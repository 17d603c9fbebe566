package cascadekit.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DomainRangeTest {
  private static final Schema FIELDS = Schema.of(Column.of("id", ColumnType.TEXT), Column.of("area", ColumnType.DECIMAL));

  @TempDir Path dir;

  private Loaded load(String text) throws Exception {
    Path file = dir.resolve("fields.csv");
    Files.writeString(file, text);
    return CsvLoader.of(FIELDS).load(file);
  }

  @Test
  void should_quarantine_the_rows_outside_the_range_with_their_line_and_keep_the_rest() throws Exception {
    // GIVEN a value below, one on each edge, one missing and one above
    Loaded loaded = load("id,area\nF1,-0.5\nF2,0\nF3,\nF4,10\nF5,10.25\n");
    // WHEN
    Loaded real = new DomainRange("area", 0, 10, "a smallholding").quarantine(loaded);
    // THEN
    assertThat(real.result().reconciliation()).as("reconciliation").isEqualTo("5 rows read = 3 kept + 2 quarantined");
    assertThat(real.result().quarantined()).as("quarantined rows").containsExactly(
        new QuarantinedRow(2, "area", "-0.5", "outside 0 to 10 (a smallholding)"),
        new QuarantinedRow(6, "area", "10.25", "outside 0 to 10 (a smallholding)"));
    assertThat(real.table().stringColumn("id").asList()).as("ids left in the table").containsExactly("F2", "F3", "F4");
    assertThat(loaded.table().rowCount()).as("the input is not changed").isEqualTo(5);
  }

  @Test
  void should_refuse_an_empty_range_and_an_unknown_column() throws Exception {
    // GIVEN
    Loaded loaded = load("id,area\nF1,1\n");
    // WHEN / THEN
    assertThatThrownBy(() -> new DomainRange("area", 2, 1, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("range of 'area' is empty: min 2.0 > max 1.0");
    assertThatThrownBy(() -> new DomainRange("size", 0, 1, "x").quarantine(loaded))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no column 'size' in");
  }
}
