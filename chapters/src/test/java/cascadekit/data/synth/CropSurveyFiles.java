package cascadekit.data.synth;

import static org.assertj.core.api.Assertions.assertThat;

import cascadekit.data.CsvTestFiles;
import cascadekit.data.Datasets;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads {@code crop-survey} for its tests: each visit file in its own delimiter and charset. */
final class CropSurveyFiles {
  static final String FOLDER = "crop-survey/";

  private CropSurveyFiles() {}

  /**
   * Returns the rows of a visit file, tool B's decoded as {@code toolBCharset} (bad bytes as
   * U+FFFD).
   */
  static List<Map<String, String>> visits(String file, Charset toolBCharset) {
    if (!file.equals(CropSurveyGenerator.TOOL_B_FILE)) {
      return CsvTestFiles.rows(FOLDER + file);
    }
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get();
    try (CSVParser parser =
        format.parse(
            new StringReader(
                new String(Files.readAllBytes(Datasets.path(FOLDER + file)), toolBCharset)))) {
      return parser.stream().map(CSVRecord::toMap).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the rows of a UTF-8 file of the dataset, keyed by their first column, in file order.
   */
  static Map<String, Map<String, String>> byId(String file, String idColumn) {
    return CsvTestFiles.rows(FOLDER + file).stream()
        .collect(
            Collectors.toMap(
                r -> r.get(idColumn), Function.identity(), (a, b) -> a, LinkedHashMap::new));
  }

  /** Returns the manifest's entries as {@code row_id|column|defect|clean_value} strings. */
  static List<String> manifest(String file) {
    return CsvTestFiles.rows(FOLDER + file).stream().map(Manifests::entry).toList();
  }

  /**
   * Asserts that {@code found} and the {@code manifest}'s entries are the same, naming the entries
   * on either side only.
   */
  static void assertSameEntries(String manifest, List<String> found, List<String> entries) {
    List<String> unlisted = new ArrayList<>(found);
    unlisted.removeAll(entries);
    List<String> unfound = new ArrayList<>(entries);
    unfound.removeAll(found);
    assertThat(unlisted).as("found in the files, not in " + manifest).isEmpty();
    assertThat(unfound).as("in " + manifest + ", not found in the files").isEmpty();
    assertThat(found).as("entries found").hasSameSizeAs(entries);
  }
}
