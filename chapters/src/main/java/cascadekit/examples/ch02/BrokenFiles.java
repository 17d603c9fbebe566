package cascadekit.examples.ch02;

import cascadekit.data.Datasets;
import cascadekit.data.Encodings;
import cascadekit.load.LoadException;
import cascadekit.load.Loaded;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Loads each file of {@code datasets/encodings} and says, in one line each, what happened. */
final class BrokenFiles {
  /** The broken files, in {@code datasets/encodings/malformed}, each read as UTF-8. */
  static final List<String> MALFORMED = List.of("ragged-rows", "embedded-newline", "quoted-newline", "unbalanced-quote",
      "wrong-delimiter", "empty", "header-only", "no-such-file");

  private BrokenFiles() {}

  /** Returns one or more lines per file: its reconciliation and quarantine, or its error. */
  static List<String> tour() {
    List<String> lines = new ArrayList<>();
    Charset windows1252 = Charset.forName("windows-1252");
    load(lines, Encodings.UTF8_BOM, StandardCharsets.UTF_8);
    load(lines, Encodings.WINDOWS_1252, StandardCharsets.UTF_8);
    load(lines, Encodings.WINDOWS_1252, windows1252);
    for (String broken : MALFORMED) {
      load(lines, Encodings.MALFORMED + broken + ".csv", StandardCharsets.UTF_8);
    }
    return lines;
  }

  private static void load(List<String> lines, String file, Charset charset) {
    String label = file + " as " + charset.name() + ": ";
    try {
      Loaded loaded = Datasets.encodings(file, charset);
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
