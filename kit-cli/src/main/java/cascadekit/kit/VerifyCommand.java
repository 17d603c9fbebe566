package cascadekit.kit;

import java.util.ArrayList;
import java.util.List;

/** {@code ./kit verify}: the integrity gate, for instructors and for the build. */
final class VerifyCommand implements Command {
  @Override
  public String name() {
    return "verify";
  }

  @Override
  public String usage() {
    return "verify [--write-checksums] [--spark]";
  }

  @Override
  public String summary() {
    return "the integrity check, for instructors";
  }

  @Override
  public String help() {
    return "The instructor's integrity check, the same gate ./mvnw verify runs: every exercise is\n"
        + "indexed with a stub, a // TODO: and two or more hints; every test runs, fails on its stub\n"
        + "and passes on its solution; and every mistake in solutions/src/mistakes/ID/ fails a test.\n"
        + "Prints a table per exercise and exits 1 on any problem. Run it on a clean checkout: a\n"
        + "solved stub fails it, by design. --write-checksums, for maintainers who changed a stub on\n"
        + "purpose, first records every stub's checksum in exercises/stubs.sha256 (what ./kit reset\n"
        + "restores). Exercises on Spark (profile spark, chapter 11) are left out with a note; --spark,\n"
        + "which the scale module's build passes with Spark on the class path, checks only them.";
  }

  @Override
  public int run(Context context, List<String> args) {
    List<String> words = new ArrayList<>(args);
    if (words.remove("--write-checksums")) {
      StubChecksums.write(context.project(), context.index());
      context.screen().line("Wrote " + StubChecksums.FILE + ".");
    }
    boolean spark = words.remove("--spark");
    Args.none(this, words);
    Screen screen = context.screen();
    IntegrityGate gate = new IntegrityGate(context.project(), spark);
    IntegrityReport report;
    try {
      report = gate.run(context.index());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 130;
    }
    report.table().forEach(screen::line);
    screen.blank();
    report.problems().forEach(problem -> screen.line(screen.bad("integrity problem: ") + problem));
    String leftOut = gate.leftOut(context.index());
    if (!leftOut.isEmpty()) {
      screen.line(leftOut);
    }
    screen.line(report.passed() ? screen.good(report.summary()) : screen.bad(report.summary()));
    return report.passed() ? 0 : 1;
  }
}
