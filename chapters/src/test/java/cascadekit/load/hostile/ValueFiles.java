package cascadekit.load.hostile;

import static cascadekit.load.hostile.Outcome.error;
import static cascadekit.load.hostile.Outcome.rows;
import static cascadekit.load.hostile.StructureFiles.A;
import static cascadekit.load.hostile.StructureFiles.B;
import static cascadekit.load.hostile.StructureFiles.HEADER;
import static cascadekit.load.hostile.StructureFiles.lines;

import cascadekit.load.Dialect;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The hostile files whose values or bytes are wrong or unusual: charsets, numbers, dates, formulas. */
final class ValueFiles {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private ValueFiles() {}

  /** Returns the files, each with its expected outcome. */
  static List<HostileFile> all() {
    String zurich = lines("\n", HEADER, A, "2,Zürich,1,2023-01-02");
    return List.of(
        HostileFile.of("bom.csv", "\uFEFF" + lines("\n", HEADER, A, B), rows(2, 2, 0)),
        HostileFile.of("bom-quoted-header.csv", "\uFEFF" + lines("\r\n", "\"id\",\"name\",\"amount\",\"day\"", A), rows(1, 1, 0)),
        HostileFile.of("bom-only.csv", "\uFEFF", error("empty file", 0)),
        HostileFile.of("bom-semicolon.csv", "\uFEFF" + lines("\n", "id;name;amount;day", "1;a;1;2023-01-01"),
            error("looks ';'-separated", 1)),
        HostileFile.of("windows-1252.csv", () -> zurich.getBytes(WINDOWS_1252), error("byte 0xFC is not UTF-8", 3)),
        HostileFile.of("windows-1252-declared.csv", () -> zurich.getBytes(WINDOWS_1252), rows(2, 2, 0))
            .in(file -> Dialect.csv().charset(WINDOWS_1252)),
        HostileFile.of("invalid-utf8.csv", () -> concat(lines("\n", HEADER, A, B) + "3,C", new byte[] {(byte) 0xC3, 0x28}, "y,1,2023-01-03\n"),
            error("byte 0xC3 is not UTF-8", 4)),
        HostileFile.of("truncated-utf8-at-end.csv", () -> concat(lines("\n", HEADER, A) + "2,B", new byte[] {(byte) 0xE2, (byte) 0x82}, ""),
            error("is not UTF-8", 3)),
        HostileFile.of("invalid-utf8-in-header.csv", () -> concat("id,na", new byte[] {(byte) 0xFF}, "me,amount,day\n" + A + "\n"),
            error("byte 0xFF is not UTF-8", 1)),
        HostileFile.of("nul-bytes.csv", lines("\n", HEADER, "1,An\0n,1,2023-01-01", "2\0,Bo,1,2023-01-02"), rows(2, 1, 1, 3L)),
        HostileFile.of("control-characters.csv", lines("\n", HEADER, "1,a\u0001b\u001b[31m,1,2023-01-01"), rows(1, 1, 0)),
        HostileFile.of("unicode-text.csv", lines("\n", HEADER, "1,⛲️ שלום 🐧,1,2023-01-01", "2,Ñuñoa,2,2023-01-02"), rows(2, 2, 0)),
        HostileFile.of("formula-cells.csv", lines("\n", HEADER, "1,=cmd|' /C calc'!A0,1,2023-01-01", "2,\"+SUM(1,2)\",2,2023-01-02",
            "3,@HYPERLINK(x),3,2023-01-03", "4,x,=1+1,2023-01-04", "5,x,-1+1,2023-01-05"), rows(5, 3, 2, 5L, 6L)),
        HostileFile.of("thousands-separators.csv", lines("\n", HEADER, "1,a,\"1,234.50\",2023-01-01", "2,b,1,234.50,2023-01-02",
            "3,c,1 234.50,2023-01-03", "4,d,1234.50,2023-01-04"), rows(4, 1, 3, 2L, 3L, 4L)).ragged(1),
        HostileFile.of("non-finite-numbers.csv", lines("\n", HEADER, "1,a,NaN,2023-01-01", "2,b,Infinity,2023-01-02",
            "3,c,-Infinity,2023-01-03", "4,d,1e309,2023-01-04", "5,e,-1e309,2023-01-05", "6,f,1e308,2023-01-06",
            "7,g,inf,2023-01-07"), rows(7, 1, 6, 2L, 3L, 4L, 5L, 6L, 8L)),
        HostileFile.of("integer-out-of-range.csv", lines("\n", HEADER, "99999999999,a,1,2023-01-01", "1.0,b,1,2023-01-02", B),
            rows(3, 1, 2, 2L, 3L)),
        HostileFile.of("impossible-dates.csv", lines("\n", HEADER, "1,a,1,2023-02-30", "2,b,1,2021-04-31", "3,c,1,2023-13-01",
            "4,d,1,2023-00-10", "5,e,1,2024-02-29", "6,f,1,2023-02-29", "7,g,1,24:00", "8,h,1,2023-01-01 24:00"),
            rows(8, 1, 7, 2L, 3L, 4L, 5L, 7L, 8L, 9L)),
        HostileFile.of("missing-required.csv", lines("\n", HEADER, ",a,1,2023-01-01", "\"\",b,1,2023-01-02", B), rows(3, 1, 2, 2L, 3L)),
        HostileFile.of("quoted-empty-fields.csv", lines("\n", HEADER, "1,\"\",,\"\"", "2,,\"\","), rows(2, 2, 0)),
        HostileFile.of("spaces-around-values.csv", lines("\n", HEADER, " 1 , Ann , 2.5 , 2023-01-01 "), rows(1, 1, 0)));
  }

  /** Returns the UTF-8 bytes of {@code before}, then {@code raw}, then the UTF-8 bytes of {@code after}. */
  static byte[] concat(String before, byte[] raw, String after) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(raw);
    out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }
}
