package cascadekit.kit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What the integrity gate found: problems, and per exercise how its tests fared. */
final class IntegrityReport {
  private final List<String> problems = new ArrayList<>();
  private final List<Row> rows = new ArrayList<>();

  /** A problem with {@code subject}, an exercise id or {@code index}. */
  void problem(String subject, String message) {
    problems.add(subject + ": " + message);
  }

  /** Records how {@code exercise}'s tests fared on its stub, on its solution and on its mistakes. */
  void record(Exercise exercise, CheckResult onStub, CheckResult onSolution, MistakeGate.Caught mistakes) {
    rows.add(
        new Row(
            exercise.id(),
            onSolution.outcomes().size(),
            onStub.outcomes().size() - onStub.passing(),
            onStub.outcomes().stream().filter(t -> t.passed() && exercise.mayPassOnStub().contains(t.method())).count(),
            onSolution.passing(),
            mistakes));
  }

  /** Returns the problems found, each naming its exercise. */
  List<String> problems() {
    return List.copyOf(problems);
  }

  /** Returns whether the gate passed. */
  boolean passed() {
    return problems.isEmpty();
  }

  /** Returns one line per exercise: tests, how many fail on the stub and pass on the solution, mistakes caught. */
  List<String> table() {
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            Locale.ROOT, "%-28s %6s %15s %18s %16s", "exercise", "tests", "fail on stub", "pass on solution", "mistakes caught"));
    for (Row row : rows) {
      String stub = row.failOnStub + (row.allowedToPass > 0 ? " (+" + row.allowedToPass + " allowed)" : "");
      String caught = row.mistakes.caught() + "/" + row.mistakes.catalogued();
      lines.add(
          String.format(Locale.ROOT, "%-28s %6d %15s %18d %16s", row.id, row.tests, stub, row.passOnSolution, caught));
    }
    return lines;
  }

  /**
   * Returns the summary line, e.g. {@code integrity: 3 exercises, 11 tests: 11/11 fail on stubs,
   * 11/11 pass on solutions, 6/6 mistakes caught}.
   */
  String summary() {
    long tests = rows.stream().mapToLong(Row::tests).sum();
    long mustFail = tests - rows.stream().mapToLong(Row::allowedToPass).sum();
    long failOnStub = rows.stream().mapToLong(Row::failOnStub).sum();
    long passOnSolution = rows.stream().mapToLong(Row::passOnSolution).sum();
    long caught = rows.stream().mapToLong(row -> row.mistakes.caught()).sum();
    long catalogued = rows.stream().mapToLong(row -> row.mistakes.catalogued()).sum();
    return String.format(
        Locale.ROOT,
        "integrity: %d exercises, %d tests: %d/%d fail on stubs, %d/%d pass on solutions, %d/%d mistakes caught%s",
        rows.size(), tests, failOnStub, mustFail, passOnSolution, tests, caught, catalogued,
        passed() ? "" : ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems"));
  }

  private record Row(
      String id, long tests, long failOnStub, long allowedToPass, long passOnSolution, MistakeGate.Caught mistakes) {}
}
