package cascadekit.data;

import static org.assertj.core.api.Assertions.assertThat;

import cascadekit.document.DatasetLock;
import cascadekit.document.LockedFile;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/** Checks that {@code datasets/README.md} agrees with the files it lists and their lock files. */
class DatasetsReadmeTest {
  /** One row of the README's table. */
  record Listed(String file, String rows, String columns, String sha256) {}

  @Test
  void should_list_every_csv_file_under_datasets() throws IOException {
    // GIVEN the README's table
    List<String> listed = listed().stream().map(Listed::file).sorted().toList();
    // WHEN every CSV file under datasets/ is collected
    List<String> present;
    try (Stream<Path> files = Files.walk(Datasets.folder())) {
      present =
          files
              .filter(file -> file.toString().endsWith(".csv"))
              .map(file -> Datasets.folder().relativize(file).toString().replace('\\', '/'))
              .sorted()
              .toList();
    }
    // THEN the two lists are the same
    assertThat(listed).as("files in datasets/README.md").isEqualTo(present);
  }

  @Test
  void should_list_the_checksum_that_the_dataset_s_lock_file_holds() {
    // GIVEN the README's table; DatasetLocksTest checks each lock file against the bytes on disk
    SoftAssertions softly = new SoftAssertions();
    for (Listed row : listed()) {
      // WHEN the file's entry is looked up in its dataset's lock file
      String[] folderAndPath = row.file().split("/", 2);
      List<String> locked =
          DatasetLock.read(Datasets.folder().resolve(folderAndPath[0])).files().stream()
              .filter(f -> f.path().equals(folderAndPath[1]))
              .map(LockedFile::sha256)
              .toList();
      // THEN the README lists the locked hash
      softly
          .assertThat(locked)
          .as("sha256 of " + row.file() + " in its dataset.lock")
          .containsExactly(row.sha256());
    }
    softly.assertAll();
  }

  @Test
  void should_match_the_row_and_column_counts_of_every_listed_file() {
    // GIVEN the README's table, which counts records after the header as Commons CSV reads them
    SoftAssertions softly = new SoftAssertions();
    for (Listed row : listed()) {
      Path file = Datasets.path(row.file());
      if (row.rows().equals("—")) {
        // THEN a file listed without a count cannot be read as CSV at all
        softly
            .assertThatCode(() -> records(file))
            .as(row.file() + " is listed as unreadable, so parsing it should fail")
            .isInstanceOf(UncheckedIOException.class);
        continue;
      }
      // WHEN its records are counted
      List<CSVRecord> records = records(file);
      int rows = Math.max(0, records.size() - 1);
      int columns = records.isEmpty() ? 0 : records.get(0).size();
      // THEN the counts are the listed ones
      softly.assertThat(rows).as("rows of " + row.file()).isEqualTo(Integer.parseInt(row.rows()));
      softly
          .assertThat(columns)
          .as("columns of " + row.file())
          .isEqualTo(Integer.parseInt(row.columns()));
    }
    softly.assertAll();
  }

  /** Returns the rows of the README's table under "## Files". */
  static List<Listed> listed() {
    try {
      List<String> lines = Files.readAllLines(Datasets.folder().resolve("README.md"));
      return lines.stream()
          .dropWhile(line -> !line.equals("## Files"))
          .skip(1)
          .takeWhile(line -> !line.startsWith("## "))
          .filter(line -> line.startsWith("| `"))
          .map(line -> line.substring(1, line.length() - 1).split("\\|"))
          .map(c -> new Listed(bare(c[0]), bare(c[1]), bare(c[2]), bare(c[5])))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String bare(String cell) {
    return cell.strip().replace("`", "");
  }

  /** Returns every record, header included; ISO-8859-1 keeps any encoding's bytes intact. */
  private static List<CSVRecord> records(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1);
        CSVParser parser = CSVFormat.DEFAULT.parse(reader)) {
      return parser.getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
