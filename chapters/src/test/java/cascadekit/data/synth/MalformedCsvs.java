package cascadekit.data.synth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the broken (and one tricky but valid) CSV files of {@code encodings/malformed/}, built by
 * hand from the cities table so each fault sits at a known line, and returns the error a careful
 * loader should report for each: {@code file, line, field, error}.
 */
final class MalformedCsvs {
  /** The header of {@code expected-errors.csv}. */
  static final List<String> HEADER = List.of("file", "line", "field", "error");

  private final Path folder;
  private final List<List<String>> errors = new ArrayList<>();

  MalformedCsvs(Path folder) {
    this.folder = folder;
  }

  /** Writes every file from {@code rows}; returns the expected errors, file by file. */
  List<List<String>> write(List<List<String>> rows) throws IOException {
    List<String> lines = new ArrayList<>(List.of(String.join(",", CitiesTable.HEADER)));
    rows.subList(0, 8).forEach(row -> lines.add(String.join(",", row)));

    List<String> ragged = new ArrayList<>(lines);
    ragged.set(3, ragged.get(3).substring(0, ragged.get(3).lastIndexOf(',')));
    ragged.set(6, ragged.get(6) + ",late");
    file("ragged-rows.csv", ragged);
    error("ragged-rows.csv", 4, "", "line 4: expected 6 fields, found 5");
    error("ragged-rows.csv", 7, "", "line 7: expected 6 fields, found 7");

    List<String> quote = new ArrayList<>(lines);
    quote.set(2, quote.get(2).replaceFirst(",", ",\""));
    file("unbalanced-quote.csv", quote);
    error("unbalanced-quote.csv", 3, "2", "line 3, field 2: quote opened here is never closed");

    List<String> split = new ArrayList<>(lines);
    split.set(3, split.get(3).replaceFirst(" ", "\n"));
    file("embedded-newline.csv", split);
    error("embedded-newline.csv", 4, "", "line 4: expected 6 fields, found 4");
    error("embedded-newline.csv", 5, "", "line 5: expected 6 fields, found 3");

    List<String> quoted = new ArrayList<>(lines);
    List<String> row = new ArrayList<>(rows.get(2));
    row.set(3, "\"" + row.get(3).replace(" ", "\n") + "\"");
    quoted.set(3, String.join(",", row));
    file("quoted-newline.csv", quoted);
    error(
        "quoted-newline.csv",
        4,
        "4",
        "none: valid CSV, 8 records; the record on lines 4-5"
            + " has a quoted line break in field 4");

    List<String> semicolons = new ArrayList<>();
    lines.forEach(
        line -> semicolons.add(line.replace('.', '|').replace(',', ';').replace('|', ',')));
    file("wrong-delimiter.csv", semicolons);
    error(
        "wrong-delimiter.csv",
        1,
        "",
        "line 1: expected 6 fields, found 1; the file is" + " ';'-separated with decimal commas");

    Files.write(folder.resolve("empty.csv"), new byte[0]);
    error("empty.csv", "", "", "empty file: no header and no rows");

    file("header-only.csv", lines.subList(0, 1));
    error("header-only.csv", 1, "", "line 1: a header and no data rows");
    return errors;
  }

  private void file(String name, List<String> lines) throws IOException {
    Files.writeString(
        folder.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  private void error(String file, Object line, String field, String error) {
    errors.add(List.of("malformed/" + file, line.toString(), field, error));
  }
}
