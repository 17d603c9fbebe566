package cascadekit.examples.ch02;

import cascadekit.data.Datasets;
import cascadekit.load.Column;
import cascadekit.load.ColumnType;
import cascadekit.load.CsvLoader;
import cascadekit.load.LoadException;
import cascadekit.load.Loaded;
import cascadekit.load.Schema;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Loads each file of {@code datasets/encodings} and says, in one line each, what happened. */
final class BrokenFiles {
  static final Schema CITIES =
      Schema.of(
          Column.of("id", ColumnType.INTEGER).required(),
          Column.of("city", ColumnType.TEXT).required(),
          Column.of("country", ColumnType.TEXT).required(),
          Column.of("manager", ColumnType.TEXT),
          Column.of("visits", ColumnType.INTEGER),
          Column.of("mean_wait_min", ColumnType.DECIMAL));

  private BrokenFiles() {}

  /** Returns one or more lines per file: its reconciliation and quarantine, or its error. */
  static List<String> tour() {
    List<String> lines = new ArrayList<>();
    Charset windows1252 = Charset.forName("windows-1252");
    load(lines, "cities-utf8-bom.csv", StandardCharsets.UTF_8);
    load(lines, "cities-windows-1252.csv", StandardCharsets.UTF_8);
    load(lines, "cities-windows-1252.csv", windows1252);
    for (String broken : List.of("ragged-rows", "embedded-newline", "quoted-newline", "unbalanced-quote",
        "wrong-delimiter", "empty", "header-only", "no-such-file")) {
      load(lines, "malformed/" + broken + ".csv", StandardCharsets.UTF_8);
    }
    return lines;
  }

  private static void load(List<String> lines, String file, Charset charset) {
    String label = file + " as " + charset.name() + ": ";
    try {
      Loaded loaded = CsvLoader.of(CITIES).charset(charset).load(Datasets.folder().resolve("encodings").resolve(file));
      lines.add(label + loaded.result().reconciliation() + firstCity(loaded));
      loaded.result().quarantined().forEach(q -> lines.add("    quarantined " + q));
    } catch (LoadException e) {
      lines.add(label + "error: " + e.getMessage());
    }
  }

  private static String firstCity(Loaded loaded) {
    return loaded.table().rowCount() == 0 ? "" : "; first city " + loaded.table().stringColumn("city").get(0);
  }
}
