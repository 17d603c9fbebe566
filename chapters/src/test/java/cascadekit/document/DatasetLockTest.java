package cascadekit.document;

import static cascadekit.document.ContentHashTest.A;
import static cascadekit.document.ContentHashTest.A_AND_SUB_B;
import static cascadekit.document.ContentHashTest.B_CRLF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Locks a small dataset in a temporary folder, then changes it. */
class DatasetLockTest {
  @TempDir Path dataset;

  @BeforeEach
  void write_a_dataset() throws IOException {
    Files.writeString(dataset.resolve("a.txt"), "a");
    Files.createDirectories(dataset.resolve("sub"));
    Files.writeString(dataset.resolve("sub/b.txt"), "b\r\n");
    Files.writeString(dataset.resolve("DATASHEET.md"), "# not part of the version");
  }

  @Test
  void should_write_the_version_then_hash_size_and_path_of_each_file() {
    // GIVEN the dataset
    // WHEN it is locked
    String text = DatasetLock.of(dataset).text();
    // THEN the lock holds the version and each file but the datasheet, sorted by path
    assertThat(text)
        .as("lock file text")
        .isEqualTo("version " + A_AND_SUB_B + "\n" + A + " 1 a.txt\n" + B_CRLF + " 3 sub/b.txt\n");
  }

  @Test
  void should_read_back_the_lock_it_wrote_without_hashing_itself() {
    // GIVEN a lock written into the dataset's folder
    DatasetLock written = DatasetLock.of(dataset);
    written.writeTo(dataset);
    // WHEN it is read back and the folder locked again, lock file and all
    DatasetLock read = DatasetLock.read(dataset);
    DatasetLock again = DatasetLock.of(dataset);
    // THEN both have the written version
    assertThat(read.version()).as("version read back").isEqualTo(written.version());
    assertThat(again.version()).as("version with dataset.lock present").isEqualTo(A_AND_SUB_B);
  }

  @Test
  void should_name_each_changed_added_and_missing_file() throws IOException {
    // GIVEN a locked dataset
    DatasetLock.of(dataset).writeTo(dataset);
    // WHEN one byte changes, one file goes and one comes
    Files.writeString(dataset.resolve("a.txt"), "A");
    Files.delete(dataset.resolve("sub/b.txt"));
    Files.writeString(dataset.resolve("notes.txt"), "n");
    LockDiff diff = DatasetLock.check(dataset);
    // THEN each is named, with the lock line that listed it
    assertThat(diff.lines())
        .as("differences")
        .containsExactly(
            "changed: a.txt (lock line 2)",
            "added: notes.txt (not in the lock)",
            "missing: sub/b.txt (lock line 3)");
  }

  @Test
  void should_find_no_difference_when_only_the_datasheet_changed() throws IOException {
    // GIVEN a locked dataset
    DatasetLock.of(dataset).writeTo(dataset);
    // WHEN only its datasheet is edited
    Files.writeString(dataset.resolve("DATASHEET.md"), "# edited");
    // THEN the data has not changed
    assertThat(DatasetLock.check(dataset).lines()).as("differences").isEmpty();
  }

  @Test
  void should_refuse_to_read_a_lock_naming_a_file_not_on_disk() throws IOException {
    // GIVEN a locked dataset
    DatasetLock.of(dataset).writeTo(dataset);
    // WHEN a locked file goes and the lock is read
    Files.delete(dataset.resolve("sub/b.txt"));
    FileFormatException e =
        catchThrowableOfType(FileFormatException.class, () -> DatasetLock.read(dataset));
    // THEN the error names the lock file, the line and the field
    assertThat(e).as("error").isNotNull();
    assertThat(e.getMessage())
        .as("message")
        .isEqualTo(
            dataset.resolve("dataset.lock")
                + " line 3, field path: names a file that is not on disk: sub/b.txt");
  }

  @Test
  void should_throw_naming_each_difference_when_the_data_must_be_unchanged() throws IOException {
    // GIVEN a locked dataset
    DatasetLock.of(dataset).writeTo(dataset);
    DatasetLock.requireUnchanged(dataset);
    // WHEN one byte changes
    Files.writeString(dataset.resolve("a.txt"), "A");
    // THEN requiring it unchanged names the lock file and the changed file
    assertThatThrownBy(() -> DatasetLock.requireUnchanged(dataset))
        .as("a changed dataset")
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            dataset.resolve("dataset.lock")
                + " no longer matches the files: changed: a.txt (lock line 2)");
  }

  @Test
  void should_refuse_to_lock_a_folder_with_nothing_but_its_datasheet(@TempDir Path empty)
      throws IOException {
    // GIVEN a folder that holds only a datasheet
    Files.writeString(empty.resolve("DATASHEET.md"), "# no data");
    // WHEN it is locked
    // THEN it is refused, naming the folder
    assertThatThrownBy(() -> DatasetLock.of(empty))
        .as("an empty dataset")
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(empty.toString());
  }

  @Test
  void should_refuse_a_file_name_a_lock_line_cannot_hold() throws IOException {
    // GIVEN a file whose name holds a backslash, which a path in the lock may not
    Files.writeString(dataset.resolve("a\\b.txt"), "x");
    // WHEN the dataset is locked
    // THEN it is refused, naming the file
    assertThatThrownBy(() -> DatasetLock.of(dataset))
        .as("a backslash in a file name")
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a\\b.txt");
  }
}
