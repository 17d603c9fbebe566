package cascadekit.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class StateFileHealingTest extends FixtureTest {
  @Test
  void should_skip_a_hint_count_that_is_a_word_once_and_rewrite_the_file() throws Exception {
    // GIVEN a hints file whose third line was edited by hand
    FixtureProject.write(root, ".kit/hints.tsv", "00.a\t1\n00.b\t2\n01.double-it\tlots\n");
    // WHEN
    int status = kit.kit("hint", "01.double-it");
    // THEN
    assertThat(status).isZero();
    assertThat(kit.errors()).isEqualTo("kit: .kit/hints.tsv line 3: 'lots' is not a hint count; skipped\n");
    assertThat(kit.output()).contains("hint 1 of 2");
    assertThat(root.resolve(".kit/hints.tsv")).hasContent("00.a\t1\n00.b\t2\n01.double-it\t1");
    // AND the next command is quiet
    kit.kit("hint", "01.double-it");
    assertThat(kit.errors()).isEmpty();
    assertThat(kit.output()).contains("hint 2 of 2");
  }

  @Test
  void should_skip_a_negative_hint_count() throws Exception {
    // GIVEN
    FixtureProject.write(root, ".kit/hints.tsv", "01.double-it\t-5\n");
    // WHEN
    kit.kit("hint", "01.double-it");
    // THEN
    assertThat(kit.errors()).isEqualTo("kit: .kit/hints.tsv line 1: '-5' is not a hint count; skipped\n");
    assertThat(kit.output()).contains("hint 1 of 2").doesNotContain("-4");
  }

  @Test
  void should_skip_a_progress_line_with_the_wrong_number_of_fields() throws Exception {
    // GIVEN
    FixtureProject.write(root, ".kit/progress.tsv", "01.double-it\tdone\textra\n");
    // WHEN
    kit.kit("list", "--plain");
    // THEN
    assertThat(kit.errors())
        .isEqualTo("kit: .kit/progress.tsv line 1: has 3 tab-separated fields, not 2 (ID<TAB>VALUE); skipped\n");
    assertThat(kit.output()).startsWith("01.double-it\tnew\t");
    assertThat(root.resolve(".kit/progress.tsv")).isEmptyFile();
  }

  @Test
  void should_skip_a_status_that_is_not_done_failing_or_new() throws Exception {
    // GIVEN
    FixtureProject.write(root, ".kit/progress.tsv", "01.double-it\tfinished\n");
    // WHEN
    kit.kit("list", "--plain");
    // THEN
    assertThat(kit.errors())
        .isEqualTo("kit: .kit/progress.tsv line 1: 'finished' is not a status (done, failing or new); skipped\n");
    assertThat(kit.output()).startsWith("01.double-it\tnew\t");
  }

  @Test
  void should_skip_a_line_whose_bytes_are_not_utf_8_and_keep_the_others() throws Exception {
    // GIVEN a good first line and a second line in Latin-1
    byte[] latin1 = "00.caf\u00e9\tdone\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] good = "01.double-it\tdone\n".getBytes(StandardCharsets.UTF_8);
    Files.createDirectories(root.resolve(".kit"));
    Files.write(root.resolve(".kit/progress.tsv"), concat(good, latin1));
    // WHEN
    kit.kit("list", "--plain");
    // THEN
    assertThat(kit.errors()).isEqualTo("kit: .kit/progress.tsv line 2: has bytes that are not UTF-8; skipped\n");
    assertThat(kit.output()).startsWith("01.double-it\tdone\t");
    assertThat(root.resolve(".kit/progress.tsv")).hasContent("01.double-it\tdone");
  }

  @Test
  void should_move_a_folder_in_the_place_of_a_state_file_aside() throws Exception {
    // GIVEN
    FixtureProject.write(root, ".kit/hints.tsv/notes.txt", "mine\n");
    // WHEN
    int status = kit.kit("hint", "01.double-it");
    // THEN
    assertThat(status).isZero();
    assertThat(kit.errors())
        .isEqualTo("kit: .kit/hints.tsv is a folder, not a file; moved it to .kit/hints.tsv.folder and started afresh\n");
    assertThat(root.resolve(".kit/hints.tsv.folder/notes.txt")).hasContent("mine");
    assertThat(root.resolve(".kit/hints.tsv")).hasContent("01.double-it\t1");
  }

  private static byte[] concat(byte[] first, byte[] second) {
    byte[] both = new byte[first.length + second.length];
    System.arraycopy(first, 0, both, 0, first.length);
    System.arraycopy(second, 0, both, first.length, second.length);
    return both;
  }
}
