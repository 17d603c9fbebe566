package cascadekit.examples.ch02;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The loader chapter 02 warns against, written the way it often is: split each line on
 * commas, skip what does not parse, and say nothing.
 */
final class NaiveLoader {
  private NaiveLoader() {}

  /**
   * Returns visits per clinic as a naive loader counts them, and how many rows it kept, reading
   * {@code file} in {@code charset} (the platform's default, where code does not name one).
   */
  static NaiveCount visitsPerClinic(Path file, Charset charset) {
    Map<String, Integer> perClinic = new TreeMap<>();
    int kept = 0;
    try {
      // new String(bytes, charset) replaces what it cannot decode, as a FileReader does.
      List<String> lines = new String(Files.readAllBytes(file), charset).lines().toList();
      for (String line : lines.subList(1, lines.size())) {
        String[] fields = line.split(",");
        if (fields.length < 10) {
          continue; // "a broken line": silently skipped
        }
        try {
          Integer.parseInt(fields[4]); // age; "NA" and "" throw, and the row is skipped
        } catch (NumberFormatException e) {
          continue;
        }
        perClinic.merge(fields[9], 1, Integer::sum);
        kept++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new NaiveCount(kept, perClinic);
  }

  /**
   * What the naive loader counted.
   *
   * @param rowsKept rows it counted
   * @param perClinic visits per clinic name, as written in the file
   */
  record NaiveCount(int rowsKept, Map<String, Integer> perClinic) {}
}
