package cascadekit.load.hostile;

import static cascadekit.load.hostile.Outcome.error;
import static cascadekit.load.hostile.Outcome.rows;
import static cascadekit.load.hostile.StructureFiles.A;
import static cascadekit.load.hostile.StructureFiles.B;
import static cascadekit.load.hostile.StructureFiles.HEADER;
import static cascadekit.load.hostile.StructureFiles.lines;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The hostile files made by a seeded generator when the test runs, too big to commit: many rows
 * with defects placed at random, random line endings, a 10 MB field, a 100,000-column header.
 * Each file's expected outcome is worked out as it is generated.
 */
final class GeneratedFiles {
  private static final long SEED = 20240614L;
  private static final String[] ENDINGS = {"\n", "\r\n", "\r"};

  private GeneratedFiles() {}

  /** Returns the files, each with its expected outcome. */
  static List<HostileFile> all() {
    String bigField = "x".repeat(10 * 1024 * 1024);
    String wideHeader = IntStream.range(0, 100_000).mapToObj(i -> "c" + i).collect(Collectors.joining(","));
    String wideRow = IntStream.range(0, 100_000).mapToObj(i -> "1").collect(Collectors.joining(","));
    return List.of(
        defects("many-rows-with-defects.csv", 20_000, new Random(SEED)),
        defects("random-endings-with-quoted-newlines.csv", 5_000, new Random(SEED + 1)),
        HostileFile.of("ten-megabyte-field.csv", lines("\n", HEADER, "1," + bigField + ",1,2023-01-01", B), rows(2, 2, 0)),
        HostileFile.of("ten-megabyte-number.csv", lines("\n", HEADER, "1,a," + bigField + ",2023-01-01", B), rows(2, 1, 1, 2L)),
        HostileFile.of("ten-megabyte-unclosed-field.csv", lines("\n", HEADER, A, "2,\"" + bigField, B), error("never closed", 3)),
        HostileFile.of("hundred-thousand-column-header.csv", lines("\n", wideHeader, wideRow, wideRow), error("no column 'id'", 1))
            .profiler(rows(2, 2, 0)),
        HostileFile.of("hundred-thousand-field-row.csv", lines("\n", HEADER, A, wideRow), rows(2, 1, 1, 3L)).ragged(1));
  }

  /**
   * Returns a file of {@code count} records, each a good row, a short or long (ragged) row, a
   * row with a bad number or an impossible date, or a good row with a quoted line break, ended
   * by a randomly chosen line ending, with a blank line now and then.
   */
  private static HostileFile defects(String name, int count, Random random) {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    List<Long> quarantinedLines = new ArrayList<>();
    long line = 2;
    long ragged = 0;
    String previousEnd = "\n";
    for (int i = 1; i <= count; i++) {
      String end = ENDINGS[random.nextInt(ENDINGS.length)];
      if (random.nextInt(50) == 0) {
        text.append(previousEnd); // the previous ending again, so a CR and an LF never merge into one break
        line++;
      }
      int kind = random.nextInt(20);
      String row = switch (kind) {
        case 0 -> i + ",short";
        case 1 -> i + ",long,1,2023-01-01,extra";
        case 2 -> i + ",bad number,1.2.3,2023-01-01";
        case 3 -> i + ",bad date,1,2023-02-30";
        case 4 -> i + ",\"two" + end + "lines\"," + random.nextInt(1000) + ",2023-01-01";
        default -> i + ",name " + random.nextInt(1000) + "," + random.nextInt(1000) / 4.0 + ",2023-01-01";
      };
      if (kind <= 3) {
        quarantinedLines.add(line);
      }
      ragged += kind <= 1 ? 1 : 0;
      text.append(row).append(end);
      line += kind == 4 ? 2 : 1;
      previousEnd = end;
    }
    Outcome loader = rows(count, count - quarantinedLines.size(), quarantinedLines.size(), quarantinedLines.toArray(Long[]::new));
    String content = text.toString();
    return HostileFile.of(name, content, loader).ragged(ragged);
  }
}
