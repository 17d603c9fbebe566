package cascadekit.data.synth;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the generated CSV files: by default UTF-8, comma-separated, {@code \n} line endings,
 * quotes only where a value needs them.
 *
 * <pre>{@code
 * CsvFiles.write(folder.resolve("gold.csv"), List.of("item_id", "gold_label"), rows);
 * }</pre>
 */
final class CsvFiles {
  private CsvFiles() {}

  /** Writes {@code header} and {@code rows} as UTF-8 with {@code \n} line endings. */
  static void write(Path file, List<String> header, List<? extends List<String>> rows)
      throws IOException {
    write(file, StandardCharsets.UTF_8, "\n", header, rows);
  }

  /**
   * Writes {@code header} and {@code rows} in {@code charset}, ending each line with {@code eol}.
   */
  static void write(
      Path file,
      Charset charset,
      String eol,
      List<String> header,
      List<? extends List<String>> rows)
      throws IOException {
    try (Writer writer = Files.newBufferedWriter(file, charset)) {
      print(writer, eol, header, rows);
    }
  }

  /**
   * Writes {@code header} and {@code rows} in {@code charset}, fields separated by {@code
   * delimiter}.
   */
  static void write(
      Path file,
      Charset charset,
      char delimiter,
      List<String> header,
      List<? extends List<String>> rows)
      throws IOException {
    try (Writer writer = Files.newBufferedWriter(file, charset)) {
      print(writer, CSVFormat.DEFAULT.builder().setDelimiter(delimiter), "\n", header, rows);
    }
  }

  /**
   * Prints {@code header} and {@code rows} to {@code writer}, ending each line with {@code eol}.
   */
  static void print(
      Writer writer, String eol, List<String> header, List<? extends List<String>> rows)
      throws IOException {
    print(writer, CSVFormat.DEFAULT.builder(), eol, header, rows);
  }

  private static void print(
      Writer writer,
      CSVFormat.Builder builder,
      String eol,
      List<String> header,
      List<? extends List<String>> rows)
      throws IOException {
    CSVFormat format =
        builder.setHeader(header.toArray(String[]::new)).setRecordSeparator(eol).get();
    try (CSVPrinter printer = new CSVPrinter(writer, format)) {
      for (List<String> row : rows) {
        printer.printRecord(row);
      }
    }
  }
}
