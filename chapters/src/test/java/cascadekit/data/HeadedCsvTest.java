package cascadekit.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeadedCsvTest {
  @Test
  void should_hand_over_each_record_with_the_line_it_starts_on(@TempDir Path dir) throws Exception {
    // GIVEN a record with a quoted line break on lines 3-4
    Path file = dir.resolve("notes.csv");
    Files.writeString(file, "id,note\n1,ok\n2,\"two\nlines\"\n3,last\n", StandardCharsets.UTF_8);
    List<String> seen = new ArrayList<>();
    // WHEN
    long read = HeadedCsv.forEach(file, (line, record) -> seen.add(line + ":" + record.get("id")), "id");
    // THEN
    assertThat(read).isEqualTo(3);
    assertThat(seen).containsExactly("2:1", "3:2", "5:3");
  }

  @Test
  void should_refuse_a_header_without_a_required_column(@TempDir Path dir) throws Exception {
    // GIVEN
    Path file = dir.resolve("notes.csv");
    Files.writeString(file, "id,note\n1,ok\n", StandardCharsets.UTF_8);
    // WHEN / THEN
    assertThatIllegalArgumentException()
        .isThrownBy(() -> HeadedCsv.forEach(file, (line, record) -> {}, "id", "city"))
        .withMessage("notes.csv line 1: missing column 'city' (header [id, note])");
  }
}
