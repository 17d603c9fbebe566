package cascadekit.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

class FileWatcherTest {
  @TempDir Path folder;

  @ParameterizedTest(name = "poll only: {0}")
  @ValueSource(booleans = {false, true})
  void should_notice_a_save_a_new_file_and_a_deletion(boolean pollOnly) throws Exception {
    // GIVEN
    Path stub = folder.resolve("ch01/Stub.java");
    Files.createDirectories(stub.getParent());
    Files.writeString(stub, "class Stub {}");
    try (FileWatcher watcher = new FileWatcher(folder, 50, pollOnly)) {
      // WHEN nothing changes / THEN
      assertThat(watcher.awaitChange(200)).as("no change").isEmpty();
      // WHEN a save moves the file's time / THEN
      Files.setLastModifiedTime(stub, FileTime.fromMillis(Files.getLastModifiedTime(stub).toMillis() + 5000));
      assertThat(watcher.awaitChange(5000)).as("a save").containsExactly(stub);
      // WHEN a file is added, then deleted / THEN
      Files.writeString(folder.resolve("ch01/Helper.java"), "class Helper {}");
      assertThat(watcher.awaitChange(5000)).as("a new file").containsExactly(folder.resolve("ch01/Helper.java"));
      Files.delete(stub);
      assertThat(watcher.awaitChange(5000)).as("a deletion").containsExactly(stub);
    }
  }

  @ParameterizedTest(name = "poll only: {0}")
  @ValueSource(booleans = {false, true})
  void should_ignore_files_that_are_not_java_sources(boolean pollOnly) throws Exception {
    // GIVEN
    try (FileWatcher watcher = new FileWatcher(folder, 50, pollOnly)) {
      // WHEN
      Files.writeString(folder.resolve("notes.txt"), "scratch");
      // THEN
      assertThat(watcher.awaitChange(300)).isEmpty();
    }
  }
}
