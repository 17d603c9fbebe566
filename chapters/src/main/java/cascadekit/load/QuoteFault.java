package cascadekit.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds where a file's quoting goes wrong, after the parser has given up: a quote opened and
 * never closed (reported where it opened, not at the end of the file where the parser noticed),
 * or text after a field's closing quote. It replays the parser's rules over the file once.
 *
 * <pre>{@code
 * throw QuoteFault.locate("visits.csv", file, dialect);  // "..., line 3, column 3 (field 2): ..."
 * }</pre>
 */
final class QuoteFault {
  private enum State { FIELD_START, UNQUOTED, QUOTED, AFTER_QUOTE }

  private QuoteFault() {}

  /** Returns the error for the first quoting fault of {@code file}. */
  static LoadException locate(String name, Path file, Dialect dialect) throws IOException {
    State state = State.FIELD_START;
    long line = 1;
    long column = 0;
    long field = 1;
    long[] opened = new long[3];
    boolean afterCarriageReturn = false;
    try (Reader text = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
        dialect.charset().newDecoder().onMalformedInput(CodingErrorAction.REPLACE)))) {
      for (int c = text.read(); c >= 0; c = text.read()) {
        boolean lineBreak = c == '\r' || c == '\n';
        if (lineBreak && !(c == '\n' && afterCarriageReturn)) {
          line++;
        }
        column = lineBreak ? 0 : column + 1;
        afterCarriageReturn = c == '\r';
        boolean delimiter = c == dialect.delimiter();
        switch (state) {
          case FIELD_START, UNQUOTED -> {
            if (state == State.FIELD_START && c == dialect.quote()) {
              state = State.QUOTED;
              opened = new long[] {line, column, field};
            } else {
              state = delimiter || lineBreak ? State.FIELD_START : State.UNQUOTED;
            }
          }
          case QUOTED -> state = c == dialect.quote() ? State.AFTER_QUOTE : State.QUOTED;
          case AFTER_QUOTE -> {
            if (c == dialect.quote()) {
              state = State.QUOTED;
            } else if (delimiter || lineBreak) {
              state = State.FIELD_START;
            } else if (c != ' ' && c != '\t') {
              return new LoadException(String.format("%s, line %d, column %d (field %d): text after the closing quote"
                  + " of a field; quote the whole field and double each quote inside it", name, line, column, field));
            }
          }
        }
        field = lineBreak && state == State.FIELD_START ? 1 : delimiter && state == State.FIELD_START ? field + 1 : field;
      }
    }
    if (state == State.QUOTED) {
      return new LoadException(String.format("%s, line %d, column %d (field %d): a quote opened here is never closed",
          name, opened[0], opened[1], opened[2]));
    }
    return new LoadException(name + ": the parser could not read the file's quoting");
  }
}
