package cascadekit.check;

import static cascadekit.check.Runs.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class ResultFormatTest {
  // 50 rows r01..r50; every even age (25 rows) is out of range, and ids 21..50 repeat 21..35's key
  private static final Table ROWS = table(
      StringColumn.create("id", IntStream.rangeClosed(1, 50).mapToObj(i -> String.format(Locale.ROOT, "r%02d", i)).toList()),
      IntColumn.create("age", IntStream.rangeClosed(1, 50).map(i -> i % 2 == 0 ? 500 : 30).toArray()),
      StringColumn.create("key", IntStream.rangeClosed(1, 50).mapToObj(i -> "k" + (i <= 35 ? i : i - 15)).toList()));

  private static ValidationSuite suite() {
    return ValidationSuite.on(ROWS).idColumn("id")
        .addCheck(Check.error("rows").isBetween("age", 0, 120).isUnique("key").isComplete("age"));
  }

  @Test
  void should_keep_the_first_twenty_ids_by_default() {
    // WHEN
    ConstraintResult range = suite().run().results().get(0);
    // THEN
    assertThat(range.failingCount()).as("out-of-range rows in all").isEqualTo(25);
    assertThat(range.failingIds()).as("ids kept by default: r02, r04 ... r40")
        .containsExactlyElementsOf(ids(2, 40, 2));
  }

  @Test
  void should_keep_every_failing_id_in_row_order_when_complete() {
    // WHEN
    List<ConstraintResult> results = suite().resultFormat(ResultFormat.COMPLETE).run().results();
    // THEN
    assertThat(results.get(0).failingIds()).as("every out-of-range row: r02, r04 ... r50").containsExactlyElementsOf(ids(2, 50, 2));
    List<String> twins = new ArrayList<>(ids(21, 35, 1));
    twins.addAll(ids(36, 50, 1));
    assertThat(results.get(1).failingIds()).as("every row of a repeated key: r21 ... r50").containsExactlyElementsOf(twins);
    assertThat(results.get(1).failingCount()).as("rows of a repeated key").isEqualTo(30);
    assertThat(results.get(2).failingIds()).as("no missing age").isEmpty();
  }

  @Test
  void should_write_in_json_the_ids_the_result_holds() throws Exception {
    // WHEN
    JsonNode summary = new ObjectMapper().readTree(suite().run().toJson()).get("results").get(0);
    JsonNode complete = new ObjectMapper().readTree(suite().resultFormat(ResultFormat.COMPLETE).run().toJson()).get("results").get(0);
    // THEN
    assertThat(summary.get("failingIds").size()).as("ids in the summary's JSON").isEqualTo(20);
    assertThat(complete.get("failingIds").size()).as("ids in the complete result's JSON").isEqualTo(25);
    assertThat(complete.get("failingCount").asLong()).as("count in the complete result's JSON").isEqualTo(25);
  }

  @Test
  void should_refuse_no_result_format() {
    // WHEN / THEN
    assertThatThrownBy(() -> suite().resultFormat(null)).as("a null format").isInstanceOf(NullPointerException.class)
        .hasMessageContaining("result format");
  }

  private static List<String> ids(int from, int to, int step) {
    List<String> ids = new ArrayList<>();
    for (int i = from; i <= to; i += step) {
      ids.add(String.format(Locale.ROOT, "r%02d", i));
    }
    return ids;
  }
}
