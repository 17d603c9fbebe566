package cascadekit.kit;

import java.util.List;
import java.util.Map;

/** Prints a class roll-up as aligned plain text: chapters finished, then where the class is stuck. */
final class ClassView {
  /** How many stuck tests the text view shows; the HTML page shows them all. */
  static final int STUCK_SHOWN = 15;

  private final Screen screen;

  ClassView(Screen screen) {
    this.screen = screen;
  }

  /** Prints {@code roll}, with chapter titles from {@code titles}. */
  void print(ClassRoll roll, Map<String, String> titles) {
    int learners = roll.learners().size();
    int titleWidth = titles.values().stream().mapToInt(String::length).max().orElse(0);
    screen.line(screen.bold("Chapters done") + " (learners with every exercise of the chapter passing):");
    for (ClassRoll.ChapterCount count : roll.chapters()) {
      String title = titles.getOrDefault(count.chapter(), "");
      screen.line(String.format("  %s  %-" + Math.max(titleWidth, 1) + "s  %s  %d of %d",
          count.chapter(), title, screen.bar(count.learnersDone(), learners, 20), count.learnersDone(), learners));
    }
    screen.blank();
    List<ClassRoll.StuckTest> stuck = roll.stuck();
    if (stuck.isEmpty()) {
      screen.line(screen.good("No learner fails a test right now."));
      return;
    }
    screen.line(screen.bold("Where the class is stuck") + " (learners failing each test now, the most first):");
    List<ClassRoll.StuckTest> shown = stuck.subList(0, Math.min(STUCK_SHOWN, stuck.size()));
    int idWidth = shown.stream().mapToInt(s -> s.exercise().length()).max().orElse(0);
    screen.line(String.format("  %7s  %-" + idWidth + "s  %s", "failing", "exercise", "test"));
    for (ClassRoll.StuckTest test : shown) {
      screen.line(String.format("  %7s  %-" + idWidth + "s  %s", test.failing() + "/" + learners, test.exercise(), test.test()));
    }
    if (stuck.size() > shown.size()) {
      screen.line(screen.dim("  and " + (stuck.size() - shown.size()) + " more (all in the HTML page)"));
    }
  }
}
