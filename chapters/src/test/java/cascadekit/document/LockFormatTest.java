package cascadekit.document;

import static cascadekit.document.ContentHashTest.A;
import static cascadekit.document.ContentHashTest.A_AND_SUB_B;
import static cascadekit.document.ContentHashTest.B_CRLF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A malformed lock file is refused with its file, line and field. */
class LockFormatTest {
  private static final String GOOD =
      "version " + A_AND_SUB_B + "\n" + A + " 1 a.txt\n" + B_CRLF + " 3 sub/b.txt\n";

  @TempDir Path dataset;

  static Stream<Arguments> faults() {
    String version = "version " + A_AND_SUB_B;
    String first = A + " 1 a.txt";
    return Stream.of(
        arguments(version + "\n", "", 1, "version", "no version line"),
        arguments(version, "version abc", 1, "version", "a short version"),
        arguments(version, "version " + A, 1, "version", "a version the files do not hash to"),
        arguments(first, A + " 1", 2, "sha256", "a line with two fields"),
        arguments(first, A + "0 1 a.txt", 2, "sha256", "a hash of 65 digits"),
        arguments(first, A + " -1 a.txt", 2, "size", "a negative size"),
        arguments(first, A + " 1 ../a.txt", 2, "path", "a path out of the folder"),
        arguments(first, B_CRLF + " 3 sub/b.txt", 3, "path", "a repeated path"),
        arguments(first + "\n" + B_CRLF + " 3 sub/b.txt\n", "", 2, "path", "no file at all"));
  }

  @ParameterizedTest(name = "{4}")
  @MethodSource("faults")
  void should_name_the_line_and_field_of_a_malformed_lock(
      String good, String bad, int line, String field, String what) throws IOException {
    // GIVEN a lock file with one fault
    Files.writeString(dataset.resolve(DatasetLock.FILE_NAME), GOOD.replace(good, bad));
    // WHEN it is read
    FileFormatException e =
        catchThrowableOfType(FileFormatException.class, () -> DatasetLock.read(dataset));
    // THEN the error names the file, the line and the field
    assertThat(e).as("error for " + what).isNotNull();
    assertThat(e.file()).as("file of " + what).isEqualTo(dataset.resolve("dataset.lock"));
    assertThat(e.line()).as("line of " + what).isEqualTo(line);
    assertThat(e.field()).as("field of " + what).isEqualTo(field);
    assertThat(e.getMessage()).as("message of " + what).contains("dataset.lock line " + line);
  }
}
