package cascadekit.load.hostile;

import static cascadekit.load.hostile.Outcome.error;
import static cascadekit.load.hostile.Outcome.rows;

import java.util.List;

/** The hostile files whose structure is wrong or unusual: quotes, line endings, delimiters, headers. */
final class StructureFiles {
  static final String HEADER = "id,name,amount,day";
  static final String A = "1,Ann,12.5,2023-01-01";
  static final String B = "2,Bo,3,2023-01-02";
  static final String C = "3,Cy,-4.25,2023-01-03";

  private StructureFiles() {}

  /** Returns the files, each with its expected outcome. */
  static List<HostileFile> all() {
    return List.of(
        HostileFile.of("lf.csv", lines("\n", HEADER, A, B, C), rows(3, 3, 0)),
        HostileFile.of("crlf.csv", lines("\r\n", HEADER, A, B, C), rows(3, 3, 0)),
        HostileFile.of("cr-only.csv", lines("\r", HEADER, A, B, C), rows(3, 3, 0)),
        HostileFile.of("cr-only-ragged.csv", lines("\r", HEADER, A, B, "3,Cy", C), rows(4, 3, 1, 4L)).ragged(1),
        HostileFile.of("mixed-endings.csv", HEADER + "\r\n" + A + "\r" + B + "\n" + "9,x\r\n" + C, rows(4, 3, 1, 4L)).ragged(1),
        HostileFile.of("blank-lines.csv", lines("\n", HEADER, "", A, "", "", "4,short", B), rows(3, 2, 1, 6L)).ragged(1),
        HostileFile.of("blank-line-then-bad.csv", lines("\n", HEADER, "", "1,x,bad,2023-01-01"), rows(1, 0, 1, 3L)),
        HostileFile.of("no-final-newline.csv", HEADER + "\n" + A + "\n" + B, rows(2, 2, 0)),
        HostileFile.of("ragged-short.csv", lines("\n", HEADER, A, "2,Bo,3", C), rows(3, 2, 1, 3L)).ragged(1),
        HostileFile.of("ragged-long.csv", lines("\n", HEADER, A, B, "3,Cy,1,2023-01-03,extra"), rows(3, 2, 1, 4L)).ragged(1),
        HostileFile.of("ragged-last-no-newline.csv", HEADER + "\n" + A + "\n9", rows(2, 1, 1, 3L)).ragged(1),
        HostileFile.of("unquoted-newline.csv", lines("\n", HEADER, A, "2,Bo", "b,3,2023-01-02", C), rows(4, 2, 2, 3L, 4L)).ragged(2),
        HostileFile.of("quoted-newline.csv", lines("\n", HEADER, A, "2,\"Bo", "Bert\",3,2023-01-02", C), rows(3, 3, 0)),
        HostileFile.of("quoted-crlf.csv", lines("\r\n", HEADER, "1,\"a", "b\",1,2023-01-01", "2,\"c,d\",2,2023-01-02", "3,x,zz,2023-01-03"),
            rows(3, 2, 1, 5L)),
        HostileFile.of("escaped-quotes.csv", lines("\n", HEADER, "1,\"say \"\"hi\"\"\",1,2023-01-01"), rows(1, 1, 0)),
        HostileFile.of("quote-inside-unquoted.csv", lines("\n", HEADER, "1,O\"Brien,1,2023-01-01"), rows(1, 1, 0)),
        HostileFile.of("space-before-quote.csv", lines("\n", HEADER, A, "2, \"a,b\",2,2023-01-02"), rows(2, 1, 1, 3L)).ragged(1),
        HostileFile.of("unbalanced-quote-header.csv", lines("\n", "id,\"name,amount,day", A), error("never closed", 1)),
        HostileFile.of("unbalanced-quote-field.csv", lines("\n", HEADER, A, "2,\"Bo,3,2023-01-02", C, B), error("never closed", 3)),
        HostileFile.of("unbalanced-quote-last-line.csv", lines("\n", HEADER, A, B, "3,Cy,\"4"), error("never closed", 4)),
        HostileFile.of("text-after-quote.csv", lines("\n", HEADER, A, "2,\"Bo\"x,3,2023-01-02"), error("text after the closing quote", 3)),
        HostileFile.of("text-after-quote-crlf.csv", lines("\r\n", HEADER, A, B, "3,\"C\"y,1,2023-01-03"), error("text after the closing quote", 4)),
        HostileFile.of("semicolon.csv", lines("\n", "id;name;amount;day", "1;Ann;12,5;2023-01-01"), error("looks ';'-separated", 1)),
        HostileFile.of("semicolon-sniffed.csv", lines("\n", "id;name;amount;day", "1;Ann;12.5;2023-01-01", "2;Bo;12,5;2023-01-02"),
            rows(2, 1, 1, 3L)).sniffed(),
        HostileFile.of("tab.csv", lines("\n", "id\tname\tamount\tday", "1\tAnn\t1\t2023-01-01"), error("looks '\\t'-separated", 1)),
        HostileFile.of("tab-sniffed.csv", lines("\n", "id\tname\tamount\tday", "1\tAnn, Bo\t1\t2023-01-01"), rows(1, 1, 0)).sniffed(),
        HostileFile.of("pipe.csv", lines("\n", "id|name|amount|day", "1|Ann|1|2023-01-01"), error("looks '|'-separated", 1)),
        HostileFile.of("pipe-sniffed.csv", lines("\n", "id|name|amount|day", "1|Ann|1|2023-01-01"), rows(1, 1, 0)).sniffed(),
        HostileFile.of("sep-line.csv", lines("\n", "sep=;", "id;name;amount;day", "1;Ann;1;2023-01-01"), error("looks ';'-separated", 1)),
        HostileFile.of("apostrophe.csv", lines("\n", HEADER, "1,'s-Hertogenbosch,1,2023-01-01", B), rows(2, 2, 0)),
        HostileFile.of("apostrophe-sniffed.csv", lines("\n", HEADER, "1,'s-Hertogenbosch,1,2023-01-01", B), rows(2, 2, 0)).sniffed(),
        HostileFile.of("empty.csv", "", error("empty file", 0)),
        HostileFile.of("newlines-only.csv", "\n\r\n\r", error("empty file", 0)),
        HostileFile.of("whitespace-only.csv", "   \n \t \n", error("blank header name", 1)),
        HostileFile.of("header-only.csv", HEADER + "\n", error("a header and no data rows", 1)),
        HostileFile.of("header-only-no-newline.csv", HEADER, error("a header and no data rows", 1)),
        HostileFile.of("blank-lines-before-header.csv", lines("\n", "", "", HEADER, A, "2,x,y,2023-01-02"), rows(2, 1, 1, 5L)),
        HostileFile.of("blank-lines-then-header-only.csv", lines("\r\n", "", HEADER), error("a header and no data rows", 2)),
        HostileFile.of("header-then-blank-lines.csv", HEADER + "\n\n\n", error("a header and no data rows", 1)),
        HostileFile.of("duplicate-header.csv", lines("\n", "id,name,amount,day,name", A + ",x"), error("in columns 2 and 5", 1)),
        HostileFile.of("blank-header.csv", lines("\n", "id,,name,amount,day", "1,x,Ann,1,2023-01-01"), error("column 2: blank header name", 1)),
        HostileFile.of("trailing-delimiter-header.csv", lines("\n", HEADER + ",", A + ","), error("column 5: blank header name", 1)),
        HostileFile.of("trailing-delimiter-rows.csv", lines("\n", HEADER, A + ",", B + ","), rows(2, 0, 2, 2L, 3L)).ragged(2),
        HostileFile.of("missing-column.csv", lines("\n", "id,name,day", "1,Ann,2023-01-01"), error("no column 'amount'", 1))
            .profiler(rows(1, 1, 0)));
  }

  /** Returns {@code lines} joined by {@code end}, with a final {@code end}. */
  static String lines(String end, String... lines) {
    return String.join(end, lines) + end;
  }
}
