package cascadekit.data.synth;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Writes {@code encodings}: the cities table as UTF-8, UTF-8 with a byte-order mark, Windows-1252
 * (with Windows line endings) and mojibake; broken CSV files in {@code malformed/}; and {@code
 * expected-errors.csv}, what a loader should report for each broken file.
 */
public final class EncodingsGenerator implements DatasetGenerator {
  @Override
  public String name() {
    return "encodings";
  }

  @Override
  public void write(Path folder, long seed) throws IOException {
    List<List<String>> rows = CitiesTable.rows(new Draw(new Random(seed)));
    List<String> header = CitiesTable.HEADER;
    CsvFiles.write(folder.resolve("cities-utf8.csv"), header, rows);
    try (Writer writer =
        Files.newBufferedWriter(folder.resolve("cities-utf8-bom.csv"), StandardCharsets.UTF_8)) {
      writer.write('\uFEFF');
      CsvFiles.print(writer, "\n", header, rows);
    }
    CsvFiles.write(
        folder.resolve("cities-windows-1252.csv"), Mojibake.WINDOWS_1252, "\r\n", header, rows);
    CsvFiles.write(folder.resolve("cities-mojibake.csv"), header, CitiesTable.mojibake(rows));
    Path malformed = Files.createDirectories(folder.resolve("malformed"));
    List<List<String>> errors = new MalformedCsvs(malformed).write(rows);
    CsvFiles.write(folder.resolve("expected-errors.csv"), MalformedCsvs.HEADER, errors);
  }
}
