package cascadekit.document;

/**
 * One figure of a datasheet computed from the data, written as the line {@code - <name>: <value>},
 * so a test can find it again and say which figure no longer matches.
 *
 * @param name what is counted, such as {@code visits.csv rows}
 * @param value the figure, such as {@code 3060}
 */
public record Figure(String name, String value) {
  /** Returns the datasheet's line for this figure. */
  public String line() {
    return "- " + name + ": " + value;
  }
}
